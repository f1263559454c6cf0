package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ru.erp.crm.sales.entity.ApprovalDecision;
import ru.erp.crm.sales.entity.ProposalLine;
import ru.erp.crm.sales.entity.ProposalVersion;

/** One version of a proposal with its lines, totals and the head's decision (null: none). */
public record ProposalVersionView(int no, BigDecimal headerDiscountPercent, BigDecimal listTotal, BigDecimal discountTotal,
                                  BigDecimal total, BigDecimal vatTotal, BigDecimal maxDiscountPercent, String createdBy,
                                  Instant createdAt, String decision, String decisionComment, String decidedBy,
                                  Instant decidedAt, List<Line> lines) {

    public record Line(int lineNo, Long productId, String article, String name, String unitCode, String unitName,
                       BigDecimal quantity, BigDecimal price, BigDecimal discountPercent,
                       BigDecimal effectiveDiscountPercent, BigDecimal amount, BigDecimal vatRate, BigDecimal vatAmount) {

        static Line of(ProposalLine line) {
            return new Line(line.lineNo(), line.productId(), line.article(), line.name(), line.unitCode(),
                    line.unitName(), line.quantity(), line.price(), line.discountPercent(), line.effectiveDiscount(),
                    line.amount(), line.vatRate(), line.vatAmount());
        }
    }

    static ProposalVersionView of(ProposalVersion version) {
        return new ProposalVersionView(version.number(), version.headerDiscount(), version.listTotal(),
                version.discountTotal(), version.total(), version.vatTotal(), version.maxEffectiveDiscount(),
                version.createdBy(), version.createdAt(), version.decision().map(ApprovalDecision::name).orElse(null),
                version.decisionComment(), version.decidedBy(), version.decidedAt(),
                version.lines().stream().map(Line::of).toList());
    }
}
