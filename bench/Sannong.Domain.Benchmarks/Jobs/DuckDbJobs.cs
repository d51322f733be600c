using System;
using System.Data.Common;
using DuckDB.NET.Data;

namespace Sannong.Domain.Benchmarks.Jobs;

/// <summary>What an analyst would pick: DuckDB embedded, in memory, reading the same files with read_json_auto and
/// computing the same numbers in SQL. A fresh database for every run, so nothing is cached between runs.</summary>
internal static class DuckDbJobs
{
    // The dataset document is one JSON object larger than read_json_auto's default maximum of 16 MB.
    private const string MaxObjectSize = "maximum_object_size = 1073741824";

    internal static ScorecardNumbers Scorecard(BenchFiles files)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"CREATE TEMP TABLE doc AS SELECT * FROM read_json_auto({Quote(files.Dataset)}, {MaxObjectSize})");
        Execute(connection, """
            CREATE TEMP TABLE p AS
            SELECT CAST("asOf" AS DATE) AS as_of,
                   programme.earningRule.windowMonths AS window_months,
                   CAST(CAST(programme.earningRule.minimum AS DECIMAL(18, 2)) * 100 AS BIGINT) AS minimum_fen
            FROM doc
            """);
        long cash;
        long traffic;
        using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT CAST(sum(CASE l.kind WHEN 'disbursement' THEN CAST(CAST(l.cash AS DECIMAL(18, 2)) * 100 AS BIGINT)
                                            WHEN 'refund' THEN -CAST(CAST(l.cash AS DECIMAL(18, 2)) * 100 AS BIGINT) ELSE 0 END) AS BIGINT),
                       CAST(sum(CASE l.kind WHEN 'traffic-grant' THEN l.impressions
                                            WHEN 'traffic-reversal' THEN -l.impressions ELSE 0 END) AS BIGINT)
                FROM (SELECT unnest(ledger) AS l FROM doc), p
                WHERE CAST(l.date AS DATE) <= p.as_of
                """;
            using DbDataReader reader = command.ExecuteReader();
            reader.Read();
            cash = reader.GetInt64(0);
            traffic = reader.GetInt64(1);
        }
        long[] mentees = new long[3];
        long[] earners = new long[3];
        using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = $"""
                WITH first AS (
                    SELECT e.influencer AS id, min(CAST(e.date AS DATE)) AS first_date
                    FROM (SELECT unnest(enrolments) AS e FROM doc) GROUP BY 1),
                mentees AS (SELECT id FROM first, p WHERE first_date <= p.as_of),
                earned AS (
                    SELECT influencer AS id, sum(CAST(CAST(amount AS DECIMAL(18, 2)) * 100 AS BIGINT)) AS fen
                    FROM read_json_auto({Quote(files.Earnings)}), p
                    WHERE left(CAST(month AS VARCHAR), 7) BETWEEN strftime(p.as_of - to_months(p.window_months - 1), '%Y-%m')
                                                              AND strftime(p.as_of, '%Y-%m')
                    GROUP BY 1),
                people AS (SELECT i.id AS id, split_part(i.topics[1], '.', 1) AS issue FROM (SELECT unnest(influencers) AS i FROM doc))
                SELECT people.issue, count(*), count(*) FILTER (WHERE earned.fen >= p.minimum_fen)
                FROM mentees JOIN people USING (id) LEFT JOIN earned USING (id), p
                GROUP BY people.issue
                """;
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                int issue = ScorecardNumbers.IssueIndex(reader.GetString(0));
                mentees[issue] = reader.GetInt64(1);
                earners[issue] = reader.GetInt64(2);
            }
        }
        return new ScorecardNumbers(mentees[0] + mentees[1] + mentees[2], earners[0] + earners[1] + earners[2], cash, traffic, mentees, earners);
    }

    internal static ExposureNumbers Exposure(BenchFiles files) => ExposureOf($"read_json_auto({Quote(files.Content)})");

    /// <summary>Job 2 on content.parquet (issue 18): the same SQL over read_parquet.</summary>
    internal static ExposureNumbers ExposureParquet(string contentParquet) => ExposureOf($"read_parquet({Quote(contentParquet)})");

    private static ExposureNumbers ExposureOf(string source)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DbCommand command = connection.CreateCommand();
        // Gini from the ranks: Σ (2i − n − 1)·x_i, exact in integers, over n·Σx; the top-10% share from the same
        // interpolated Lorenz curve as the library's (the first floor(0.9n) creators, plus a fraction of the next).
        command.CommandText = $"""
            WITH v AS (SELECT author, sum(views) AS views FROM {source} GROUP BY author),
            t AS (SELECT count(*) AS n, sum(views) AS total, 0.9::DOUBLE * count(*) AS k, floor(0.9::DOUBLE * count(*)) AS whole FROM v),
            r AS (SELECT views, row_number() OVER (ORDER BY views) AS i FROM v)
            SELECT t.n, CAST(t.total AS BIGINT),
                   greatest(0.0, CAST(sum((2 * r.i - t.n - 1) * CAST(r.views AS HUGEINT)) AS DOUBLE) / (t.n * CAST(t.total AS DOUBLE))),
                   1.0 - least(1.0, greatest(0.0,
                       (CAST(sum(CASE WHEN r.i <= t.whole THEN r.views ELSE 0 END) AS DOUBLE)
                        + sum(CASE WHEN r.i = t.whole + 1 THEN (t.k - t.whole) * r.views ELSE 0.0 END)) / CAST(t.total AS DOUBLE)))
            FROM r, t
            GROUP BY t.n, t.total
            """;
        using DbDataReader reader = command.ExecuteReader();
        reader.Read();
        return new ExposureNumbers(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
