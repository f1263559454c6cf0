package ru.erp.crm.sales.rest;

/**
 * The JSON body of a stage move ({@code stageId}, {@code reason} when going back), a win or a
 * loss ({@code reasonId}, {@code comment}) or a hand-over ({@code curatorId}); always the
 * {@code version} the client read (or If-Match).
 */
public record OpportunityActionRequest(Long version, Long stageId, String reason, Long reasonId, String comment,
                                       Long curatorId) {
}
