using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Exposure;
using Sannong.Domain.Programmes;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Benchmarks.Jobs;

/// <summary>The two jobs done with the library, as a user with these files would write them.</summary>
internal static class LibraryJobs
{
    /// <summary>Job 1: read and check the dataset document, stream the earnings NDJSON into a
    /// <see cref="ScorecardAccumulator"/> (constant memory: no earning is kept), and score.</summary>
    internal static ScorecardNumbers Scorecard(BenchFiles files) => ScorecardNumbers.From(ScorecardOf(files));

    internal static Scorecard ScorecardOf(BenchFiles files)
    {
        SannongDataset dataset = SannongJson.ReadDatasetFile(files.Dataset);
        ProgrammeData data = dataset.Data;
        var accumulator = new ScorecardAccumulator(data.Programme, dataset.AsOf ?? throw new InvalidDataException("the document has no asOf."));
        accumulator.AddRange(data.Enrolments);
        using FileStream earnings = File.OpenRead(files.Earnings);
        accumulator.AddRange(ValidValues(SannongJson.ReadNdjson<Earning>(earnings)));
        return accumulator.ToScorecard(id => data.TryGetInfluencer(id, out var influencer) ? influencer : null, data.Ledger);
    }

    /// <summary>Job 2: stream the content NDJSON into views by creator, then the inequality report.</summary>
    internal static ExposureNumbers Exposure(BenchFiles files)
    {
        using FileStream content = File.OpenRead(files.Content);
        ImmutableSortedDictionary<InfluencerId, long> views = ExposureCalculator.ViewsByCreator(ValidValues(SannongJson.ReadNdjson<ContentItem>(content)));
        return ExposureNumbers.From(InequalityMeasures.Report(views.Values));
    }

    /// <summary>Job 2 on content.parquet (issue 18), projected: only the author and views columns read and checked,
    /// row group by row group (<see cref="Parquet.ParquetContent.InequalityOfViewsByAuthor"/>), into the inequality
    /// report of views by creator.</summary>
    internal static ExposureNumbers ExposureParquetProjected(string contentParquet)
    {
        using FileStream content = File.OpenRead(contentParquet);
        return ExposureNumbers.From(Parquet.ParquetContent.InequalityOfViewsByAuthor(content));
    }

    /// <summary>Job 2 on content.parquet (issue 18): every content item read and checked through the Parquet format,
    /// row group by row group (<see cref="Parquet.ParquetRecordFormat.ReadRecords{T}"/>), into views by creator, then
    /// the inequality report.</summary>
    internal static ExposureNumbers ExposureParquet(string contentParquet)
    {
        using FileStream content = File.OpenRead(contentParquet);
        ImmutableSortedDictionary<InfluencerId, long> views = ExposureCalculator.ViewsByCreator(Parquet.ParquetRecordFormat.ReadRecords<ContentItem>(content));
        return ExposureNumbers.From(InequalityMeasures.Report(views.Values));
    }

    /// <summary>Job 1 over data already loaded (the compute part alone).</summary>
    internal static ScorecardNumbers Scorecard(ProgrammeData data, LocalDate asOf) =>
        ScorecardNumbers.From(ScorecardCalculator.Compute(data, asOf));

    /// <summary>Reads and checks a dataset document; the count of its records.</summary>
    internal static int ReadDataset(string path) => Records(SannongJson.ReadDatasetFile(path).Data);

    /// <summary>The records of a programme's data: influencers, enrolments, ledger entries, earnings and content.</summary>
    internal static int Records(ProgrammeData data) =>
        data.Influencers.Length + data.Enrolments.Length + data.Ledger.Count + data.Earnings.Length + data.Content.Length;

    /// <summary>Reads and checks every line of an NDJSON file of <typeparamref name="T"/>; the count of records.</summary>
    internal static int ReadNdjson<T>(string path)
        where T : class
    {
        using FileStream file = File.OpenRead(path);
        int count = 0;
        foreach (NdjsonRecord<T> record in SannongJson.ReadNdjson<T>(file))
        {
            count += record.IsValid ? 1 : throw new InvalidDataException(record.ToString());
        }
        return count;
    }

    /// <summary>Loads every earning of an NDJSON file.</summary>
    internal static ImmutableArray<T> LoadNdjson<T>(string path)
        where T : class
    {
        using FileStream file = File.OpenRead(path);
        return ValidValues(SannongJson.ReadNdjson<T>(file)).ToImmutableArray();
    }

    private static IEnumerable<T> ValidValues<T>(IEnumerable<NdjsonRecord<T>> records)
        where T : class
    {
        foreach (NdjsonRecord<T> record in records)
        {
            yield return record.Value ?? throw new InvalidDataException(record.ToString());
        }
    }
}
