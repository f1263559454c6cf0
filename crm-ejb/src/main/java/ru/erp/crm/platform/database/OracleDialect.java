package ru.erp.crm.platform.database;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.Oracle12Platform;

/**
 * Oracle 12c+ SQL, with pages fetched by the standard {@code OFFSET … ROWS FETCH NEXT … ROWS ONLY}
 * instead of EclipseLink's nested ROWNUM queries. Both Oracle and H2 in Oracle mode run it, and
 * both can stop an index-ordered scan after one page.
 */
public class OracleDialect extends Oracle12Platform {

    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        int maxRows = statement.getQuery() == null ? 0 : statement.getQuery().getMaxRows();
        int firstResult = statement.getQuery() == null ? 0 : statement.getQuery().getFirstResult();
        if (maxRows <= 0 && firstResult <= 0) {
            super.printSQLSelectStatement(call, printer, statement);
            return;
        }
        statement.setUseUniqueFieldAliases(true);
        call.setFields(statement.printSQL(printer));
        printer.printString(" OFFSET ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        printer.printString(" ROWS");
        if (maxRows > 0) {
            printer.printString(" FETCH NEXT ");
            printer.printParameter(DatabaseCall.MAXROW_FIELD);
            printer.printString(" ROWS ONLY");
        }
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }

    /** EclipseLink counts max rows from the first row of the result; FETCH NEXT wants a page size. */
    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        return maxResults - Math.max(firstResultIndex, 0);
    }
}
