package ru.erp.crm.sales.rest;

/**
 * The JSON body of an action on a proposal: the version the client read (or If-Match), and the
 * comment of an approval or rejection, or the reason of a decline.
 */
public record ProposalActionRequest(Long version, String comment) {
}
