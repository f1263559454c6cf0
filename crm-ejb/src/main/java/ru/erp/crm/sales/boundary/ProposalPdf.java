package ru.erp.crm.sales.boundary;

/** A proposal's print form: an ASCII file name (mail clients and browsers keep it intact) and the PDF. */
public record ProposalPdf(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
}
