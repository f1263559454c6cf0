package ru.erp.crm.finance.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSummary;

/** A customer as a filter field shows it: the id it filters by and the name and INN it shows. */
public record CustomerPick(Long id, String label) implements Serializable {

    public static CustomerPick of(CustomerSummary customer) {
        return new CustomerPick(customer.id(), label(customer.name(), customer.inn()));
    }

    public static String label(String name, String inn) {
        return inn == null || inn.isBlank() ? name : name + " · " + inn;
    }

    /** Turns a picked suggestion back into the pick it stands for, among the ones offered last. */
    public static Converter<CustomerPick> converter(Supplier<List<CustomerPick>> offered) {
        return new Converter<>() {
            @Override
            public CustomerPick getAsObject(FacesContext context, UIComponent component, String value) {
                return offered.get().stream().filter(pick -> String.valueOf(pick.id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CustomerPick value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }
}
