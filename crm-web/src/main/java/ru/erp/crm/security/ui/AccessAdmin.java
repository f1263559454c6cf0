package ru.erp.crm.security.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.erp.crm.customer.boundary.Categories;
import ru.erp.crm.customer.boundary.Categories.CategoryView;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.security.boundary.AccessGrants;
import ru.erp.crm.security.boundary.Users;
import ru.erp.crm.security.boundary.Users.UserView;

/** Users and the customer categories each may see: block, unblock, grant, revoke. */
@Named
@ViewScoped
public class AccessAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Users users;

    @EJB
    transient AccessGrants grants;

    @EJB
    transient Categories categories;

    private List<UserView> userList;
    private List<CategoryView> allCategories;
    private UserView selected;
    private Set<String> granted = Set.of();

    @PostConstruct
    void init() {
        try {
            allCategories = categories.grantable(Notices.locale());
            readUsers();
        } catch (RuntimeException e) {
            userList = List.of();
            allCategories = List.of();
            Notices.problem(e);
        }
    }

    private void readUsers() {
        userList = users.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public void select(UserView user) {
        selected = user;
        readGrants();
    }

    private void readGrants() {
        granted = grants.of(selected.id()).stream().map(AccessGrants.GrantView::category).collect(Collectors.toSet());
    }

    public boolean isGranted(CategoryView category) {
        return granted.contains(category.code());
    }

    public void toggle(CategoryView category) {
        try {
            if (isGranted(category)) {
                grants.revoke(selected.id(), category.code());
            } else {
                grants.grant(selected.id(), category.code());
            }
            readGrants();
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    public void block(UserView user, boolean blocked) {
        try {
            UserView changed = users.block(user.id(), blocked);
            readUsers();
            if (selected != null && selected.id().equals(changed.id())) {
                selected = changed;
            }
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    public List<UserView> getUsers() {
        return userList;
    }

    public List<CategoryView> getCategories() {
        return allCategories;
    }

    public UserView getSelected() {
        return selected;
    }
}
