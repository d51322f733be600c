using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Sannong.Domain.Benchmarks.Jobs;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Benchmarks;

/// <summary>A programme's records loaded from the files through the library (dataset plus both NDJSON files), with
/// the earnings repeated <c>copies</c> times (so that the number of earnings records grows while every other
/// record, and every per-mentee total's key, stays the same).</summary>
internal sealed class LoadedData
{
    private LoadedData(ProgrammeData data, LocalDate asOf)
    {
        Data = data;
        AsOf = asOf;
        Arrays = new LoadedArrays(data, asOf);
    }

    internal ProgrammeData Data { get; }

    internal LocalDate AsOf { get; }

    internal LoadedArrays Arrays { get; }

    internal static LoadedData Load(BenchFiles files, int earningCopies = 1)
    {
        SannongDataset dataset = SannongJson.ReadDatasetFile(files.Dataset);
        ImmutableArray<Earning> earnings = LibraryJobs.LoadNdjson<Earning>(files.Earnings);
        ImmutableArray<ContentItem> content = LibraryJobs.LoadNdjson<ContentItem>(files.Content);
        ProgrammeData d = dataset.Data;
        ProgrammeData data = ProgrammeData.Create(
            d.Programme, d.Influencers, d.Enrolments, d.Ledger.Entries, Enumerable.Repeat(earnings, earningCopies).SelectMany(e => e), content);
        return new LoadedData(data, dataset.AsOf!.Value);
    }
}
