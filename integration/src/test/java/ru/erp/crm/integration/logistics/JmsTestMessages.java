package ru.erp.crm.integration.logistics;

import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * JMS messages for the listener's tests, as proxies that answer what a message-driven bean asks
 * of a delivered message (id, text, body) and refuse everything else.
 */
final class JmsTestMessages {

    private JmsTestMessages() {
    }

    static TextMessage text(String jmsMessageId, String text) {
        return message(TextMessage.class, Map.of("getJMSMessageID", jmsMessageId, "getText", text), null);
    }

    static BytesMessage bytes(String jmsMessageId, byte[] body) {
        return message(BytesMessage.class, Map.of("getJMSMessageID", jmsMessageId), body);
    }

    private static <T extends Message> T message(Class<T> type, Map<String, Object> answers, byte[] body) {
        return type.cast(Proxy.newProxyInstance(JmsTestMessages.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isBodyAssignableTo" -> body != null && args[0] == byte[].class;
                    case "getBody" -> body;
                    case "toString" -> type.getSimpleName() + answers;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> {
                        if (!answers.containsKey(method.getName())) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        yield answers.get(method.getName());
                    }
                }));
    }
}
