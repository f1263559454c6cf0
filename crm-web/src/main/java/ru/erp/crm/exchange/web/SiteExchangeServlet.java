package ru.erp.crm.exchange.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.SiteChannel;
import ru.erp.crm.security.web.BasicCredentials;

/**
 * 1C's site-exchange protocol ("Обмен с сайтом" of the BSP, УТ, КА, ERP, УНФ and the 1C-Bitrix
 * module), as 1C speaks it: plain-text answers, one item per line, the first line
 * {@code success}, {@code progress} or {@code failure}. 1C authenticates once with HTTP Basic
 * ({@code mode=checkauth}, the channel's login) and carries the returned cookie afterwards;
 * Bitrix-aware clients send it back as {@code sessid} instead, which is accepted too.
 *
 * <p>This class only speaks the protocol. {@code type=catalog}: uploaded files are stored per
 * session, then handed to the exchange journal ({@link SiteImports}); the Camel routes apply them
 * and the journal says how far they got. {@code type=sale}: orders go to 1C and 1C's documents come
 * back through {@link SiteSales}.
 */
@WebServlet(urlPatterns = "/exchange/1c", name = "1C site exchange")
public class SiteExchangeServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SiteExchangeServlet.class.getName());

    @EJB
    Channels channels;

    @Inject
    ExchangeSessions sessions;

    @Inject
    SiteImports imports;

    @Inject
    SiteSales sales;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryString query = QueryString.parse(request.getQueryString());
        String type = lower(query.getOrNull("type"));
        String mode = lower(query.getOrNull("mode"));
        if ("checkauth".equals(mode)) {
            checkAuth(request, response);
            return;
        }
        Optional<ExchangeSession> session = sessions.find(sessionToken(request, query));
        if (session.isEmpty()) {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, StandardCharsets.UTF_8,
                    SiteAnswer.failure("no exchange session: call mode=checkauth first (or it expired)"));
            return;
        }
        Charset charset = charsetOf(session.get().channel());
        try {
            if ("sale".equals(type) && "query".equals(mode)) {
                queryOrders(response, session.get(), charset);
                return;
            }
            answer(response, HttpServletResponse.SC_OK, charset, dispatch(type, mode, query, request, session.get()));
        } catch (IllegalArgumentException e) {
            answer(response, HttpServletResponse.SC_OK, charset, SiteAnswer.failure(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "1C exchange call type=" + type + " mode=" + mode + " failed", e);
            answer(response, HttpServletResponse.SC_OK, charset,
                    SiteAnswer.failure("the CRM could not handle mode=" + mode + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }

    private SiteAnswer dispatch(String type, String mode, QueryString query, HttpServletRequest request,
                                ExchangeSession session) throws IOException {
        String step = mode == null ? "" : mode;
        if ("catalog".equals(type)) {
            return switch (step) {
                case "init" -> init(query, session);
                case "file" -> upload(query, request, session);
                case "import" -> imports.importFile(session, MessageKinds.ONE_C_CATALOG, query.getOrNull("filename"));
                case "deactivate", "complete" -> SiteAnswer.success();
                default -> throw new IllegalArgumentException("mode=" + mode + " is not part of the exchange protocol");
            };
        }
        if ("sale".equals(type)) {
            return switch (step) {
                case "init" -> init(query, session);
                case "success" -> sales.confirm(session);
                case "file" -> sales.receive(session, query.getOrNull("filename"), limited(request, session));
                case "import" -> imports.importFile(session, MessageKinds.ONE_C_DOCUMENTS, query.getOrNull("filename"));
                case "deactivate", "complete" -> SiteAnswer.success();
                default -> throw new IllegalArgumentException("mode=" + mode + " is not part of the exchange protocol");
            };
        }
        throw new IllegalArgumentException("type=" + type + " is not served by this CRM; supported: catalog, sale");
    }

    private void queryOrders(HttpServletResponse response, ExchangeSession session, Charset charset) throws IOException {
        // Written to a buffer first: a failure halfway must still be able to answer "failure".
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        sales.query(session, charset, body);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/xml; charset=" + charset.name());
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }

    private void checkAuth(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SiteChannel> channel = BasicCredentials.of(request.getHeader("Authorization")).flatMap(
                credentials -> channels.authenticateSite(credentials.login(), credentials.password().toCharArray()));
        if (channel.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"1C exchange\", charset=\"UTF-8\"");
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, StandardCharsets.UTF_8,
                    SiteAnswer.failure("wrong login or password of the exchange channel, or the channel is disabled"));
            return;
        }
        ExchangeSession session = sessions.open(channel.get());
        Cookie cookie = new Cookie(ExchangeSessions.COOKIE, session.token());
        cookie.setPath(request.getContextPath() + "/exchange");
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        answer(response, HttpServletResponse.SC_OK, charsetOf(channel.get()), SiteAnswer.success(
                ExchangeSessions.COOKIE, session.token(), "sessid=" + session.token(),
                "timestamp=" + System.currentTimeMillis() / 1000));
    }

    private static SiteAnswer init(QueryString query, ExchangeSession session) {
        SiteChannel channel = session.channel();
        List<String> lines = new ArrayList<>(List.of(
                "zip=" + (channel.zipAllowed() ? "yes" : "no"),
                "file_limit=" + channel.fileLimitBytes(),
                "sessid=" + session.token()));
        ProtocolVersion.answerTo(query.getOrNull("version")).ifPresent(v -> lines.add("version=" + v));
        return SiteAnswer.lines(lines);
    }

    private static SiteAnswer upload(QueryString query, HttpServletRequest request, ExchangeSession session)
            throws IOException {
        String name = query.getOrNull("filename");
        long size = session.uploads().append(name, limited(request, session));
        LOG.fine(() -> "1C upload " + name + " now " + size + " bytes");
        return SiteAnswer.success();
    }

    private static InputStream limited(HttpServletRequest request, ExchangeSession session) throws IOException {
        long limit = session.channel().fileLimitBytes();
        if (request.getContentLengthLong() > limit) {
            throw new IllegalArgumentException("the chunk of " + request.getContentLengthLong()
                    + " bytes is over file_limit=" + limit);
        }
        return request.getInputStream();
    }

    private static String sessionToken(HttpServletRequest request, QueryString query) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (ExchangeSessions.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return query.getOrNull("sessid");
    }

    private static Charset charsetOf(SiteChannel channel) {
        try {
            return channel.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(channel.encoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void answer(HttpServletResponse response, int status, Charset charset, SiteAnswer answer)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=" + charset.name());
        response.getOutputStream().write(answer.text().getBytes(charset));
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
