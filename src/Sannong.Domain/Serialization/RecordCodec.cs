using System;
using System.Text.Json;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Serialization;

/// <summary>How one kind of record is read and written: the record types of the dataset document that can also
/// stand alone (in NDJSON lines and in the caller's documents).</summary>
internal sealed class RecordCodec<T>
    where T : class
{
    internal RecordCodec(Func<JsonElement, ElementPath, ProblemList, T?> read, Action<Utf8JsonWriter, T> write)
    {
        Read = read;
        Write = write;
    }

    internal Func<JsonElement, ElementPath, ProblemList, T?> Read { get; }

    internal Action<Utf8JsonWriter, T> Write { get; }
}

/// <summary>The codecs of the record types, found without reflection.</summary>
internal static class RecordCodecs
{
    internal const string Supported = "Influencer, Enrolment, LedgerEntry, Earning and ContentItem";

    internal static readonly RecordCodec<Influencer> Influencer = new(InfluencerJson.Read, InfluencerJson.Write);
    internal static readonly RecordCodec<Enrolment> Enrolment = new(EnrolmentJson.Read, EnrolmentJson.Write);
    internal static readonly RecordCodec<LedgerEntry> LedgerEntry = new(LedgerEntryJson.Read, LedgerEntryJson.Write);
    internal static readonly RecordCodec<Earning> Earning = new(EarningJson.Read, EarningJson.Write);
    internal static readonly RecordCodec<ContentItem> ContentItem = new(ContentItemJson.Read, ContentItemJson.Write);

    // Not NDJSON record types, but convertible on their own in the caller's documents.
    internal static readonly RecordCodec<Programme> Programme = new(ProgrammeJson.Read, ProgrammeJson.Write);
    internal static readonly RecordCodec<SannongDataset> Dataset = new((element, _, sink) => DatasetJson.Read(element, sink), DatasetJson.Write);

    /// <summary>The codec of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a record type of the format.</exception>
    internal static RecordCodec<T> For<T>()
        where T : class
    {
        object? codec = typeof(T) == typeof(Influencer) ? Influencer
            : typeof(T) == typeof(Enrolment) ? Enrolment
            : typeof(T) == typeof(LedgerEntry) ? LedgerEntry
            : typeof(T) == typeof(Earning) ? Earning
            : typeof(T) == typeof(ContentItem) ? ContentItem
            : null;
        return codec as RecordCodec<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} is not a record type of the dataset format: use {Supported}.");
    }
}
