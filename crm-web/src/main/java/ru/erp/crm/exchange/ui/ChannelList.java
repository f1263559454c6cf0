package ru.erp.crm.exchange.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ConnectionCheck;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;

/**
 * The exchange channels: switching them on and off, "run now", and what a connection test found.
 * There are a handful of channels, so the list is one page of the largest size rather than a lazy table.
 */
@Named
@ViewScoped
public class ChannelList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Channels channels;

    private List<ChannelView> channelList = List.of();
    private ChannelView tested;
    private ConnectionCheck check;

    @PostConstruct
    void init() {
        try {
            read();
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    private void read() {
        channelList = channels.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** Lets the routes run the channel; the boundary names the settings it still lacks. */
    public void enable(ChannelView channel) {
        change(() -> channels.enable(channel.id()), "channels.enabled");
    }

    public void disable(ChannelView channel) {
        change(() -> channels.disable(channel.id()), "channels.disabled");
    }

    /** "Run now": the channel's route runs at its next look; refused while the channel is disabled. */
    public void run(ChannelView channel) {
        change(() -> channels.requestRun(channel.id()), "channels.runRequested");
    }

    private void change(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.info(doneKey);
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
        read();
    }

    /** Checks what the server can check of the channel; the dialog shows the findings. */
    public void test(ChannelView channel) {
        tested = channel;
        check = null;
        try {
            check = channels.testConnection(channel.id());
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    public List<ChannelView> getChannels() { return channelList; }
    public ChannelView getTested() { return tested; }
    public ConnectionCheck getCheck() { return check; }
}
