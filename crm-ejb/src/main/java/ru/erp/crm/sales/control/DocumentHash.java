package ru.erp.crm.sales.control;

import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.platform.hashing.ContentDigest;
import ru.erp.crm.sales.boundary.OneCDocument;

/**
 * The content hash of a 1C document: every field but its position in the file, the buyer and the
 * lines included. The order (or the inbox key) a document was applied to keeps it, so a re-sent
 * file applies nothing twice while a changed document applies again.
 */
public final class DocumentHash {

    private DocumentHash() {
    }

    public static String of(OneCDocument document) {
        ContentDigest digest = ContentDigest.of("OneCDocument")
                .add(document.externalId()).add(document.number()).add(document.date()).add(document.time())
                .add(document.kind()).add(document.operation()).add(document.currency()).add(document.amount());
        buyer(digest, document.buyer());
        digest.addAll(document.lines(), (text, line) -> text.add(line.productExternalId()).add(line.article())
                .add(line.name()).add(line.unitCode()).add(line.price()).add(line.quantity()).add(line.amount())
                .add(line.vatRate()));
        OneCDocument.OneCStatus status = document.status() == null ? OneCDocument.OneCStatus.none() : document.status();
        return digest.add(status.posted()).add(status.paid()).add(status.paymentDate()).add(status.paymentNumber())
                .add(status.shipmentAllowed()).add(status.cancelled()).add(status.finalStatus()).add(status.statusText())
                .add(status.shipmentNumber()).add(status.shipmentDate())
                .add(document.baseNumber()).add(document.deleted()).sha256();
    }

    private static void buyer(ContentDigest digest, CounterpartyImport buyer) {
        if (buyer == null) {
            digest.add((String) null);
            return;
        }
        digest.add(buyer.externalId()).add(buyer.name()).add(buyer.fullName()).add(buyer.inn()).add(buyer.kpp())
                .add(buyer.ogrn()).add(buyer.person()).add(buyer.legalAddress()).add(buyer.actualAddress())
                .addAll(buyer.contacts(), (text, contact) -> text.add(contact.kind()).add(contact.purpose())
                        .add(contact.value()).add(contact.validFrom()).add(contact.validTo()));
    }
}
