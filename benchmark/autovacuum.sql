-- What PostgreSQL's autovacuum would do now in this database, with its default thresholds: vacuum the
-- tables with enough dead or newly inserted rows, analyse those with enough changed rows (each
-- statement printed here is run by psql's \gexec; benchmark/run.sh runs this while autovacuum is off).
SELECT CASE
         WHEN s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
           OR s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0)
           THEN format('VACUUM (ANALYZE) %I.%I', s.schemaname, s.relname)
         ELSE format('ANALYZE %I.%I', s.schemaname, s.relname)
       END
  FROM pg_stat_user_tables s
  JOIN pg_class c ON c.oid = s.relid
 WHERE s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
    OR s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0)
    OR s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
\gexec
