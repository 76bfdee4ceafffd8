package cn.campus.repair.search;

import java.sql.DatabaseMetaData;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Search terms written into the SQL as literals rather than bound as parameters. PostgreSQL plans a
 * statement it has run a few times once for all parameter values; for a term it then assumes the
 * average term's few hundred entries, and for 漏水, in every other request, that plan builds a hash of
 * all of them (hundreds of milliseconds instead of a few). With the terms in the text each search is
 * planned for its own words. Safe: a term is only letters and digits ({@link SearchTerms}), which is
 * checked again here. SQL Server needs N'…' for Chinese text; PostgreSQL must not get it (its N'…' is
 * a char(n), which its index on a varchar column cannot serve).
 */
@Component
class TermLiterals {

  private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[\\p{L}\\p{N}]+");

  private final boolean national;

  TermLiterals(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    this.national = product.toLowerCase(java.util.Locale.ROOT).contains("sql server");
  }

  String of(String term) {
    if (!LETTERS_AND_DIGITS.matcher(term).matches()) {
      throw new IllegalArgumentException("Not a search term: " + term);
    }
    return (national ? "N'" : "'") + term + "'";
  }
}
