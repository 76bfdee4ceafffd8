-- What PostgreSQL's autovacuum would do now in this database, with its default thresholds: vacuum the
-- tables with enough dead or newly inserted rows, analyse those with enough changed rows (each
-- statement printed here is run by psql's \gexec; benchmark/run.sh runs this while autovacuum is off).
SELECT format(CASE WHEN needs_vacuum THEN 'VACUUM (ANALYZE) %I.%I' ELSE 'ANALYZE %I.%I' END, schemaname, relname)
  FROM (SELECT s.schemaname, s.relname,
               s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
                 OR s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0) AS needs_vacuum,
               s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) AS needs_analyze
          FROM pg_stat_user_tables s
          JOIN pg_class c ON c.oid = s.relid) due
 WHERE needs_vacuum OR needs_analyze
\gexec
