using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;

namespace Sannong.Fuzz;

/// <summary>
/// The fuzz target: one input, every reader, and for a valid document the writers (document and dataset folder) and
/// every calculator. It catches
/// nothing: the library promises that reading never throws on bytes and that valid data is computable, so any
/// exception that escapes is a finding (AFL records it as a crash). A broken promise that throws no exception (a
/// written document that does not read back, or reads back changed) throws a <see cref="FuzzCheckException"/>.
/// </summary>
internal static class Target
{
    /// <summary>Runs every check on one input.</summary>
    /// <param name="input">The bytes, as given by AFL or a file.</param>
    internal static void Run(byte[] input)
    {
        SannongDataset? dataset = ReadDocument(input);
        NdjsonRoundTrip<Influencer>(input);
        NdjsonRoundTrip<Enrolment>(input);
        NdjsonRoundTrip<LedgerEntry>(input);
        NdjsonRoundTrip<Earning>(input);
        NdjsonRoundTrip<ContentItem>(input);
        if (dataset is not null)
        {
            DocumentRoundTrip(dataset);
            FolderRoundTrip(dataset);
            Calculators.RunAll(dataset);
        }
    }

    /// <summary>Writes a valid dataset as a dataset folder and reads it back: the same value, and as a document the same
    /// bytes as the dataset's own document.</summary>
    private static void FolderRoundTrip(SannongDataset dataset)
    {
        string folder = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"sannong-fuzz-{Environment.ProcessId}");
        try
        {
            DatasetFiles.WriteFolder(dataset, folder);
            ValidationResult<SannongDataset> reread = DatasetFiles.Validate(folder);
            Check(reread.IsValid, $"the written folder does not read back: {Problems(reread.Problems)}");
            Check(reread.Value!.Equals(dataset), "the written folder reads back as another dataset (a value changed)");
            Check(SannongJson.ToUtf8Bytes(reread.Value).AsSpan().SequenceEqual(SannongJson.ToUtf8Bytes(dataset)),
                "the folder read back writes another document");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Reads the bytes as a dataset document, from memory, from a stream that cannot seek and from one that can
    /// (read through the bounded buffer); all three must agree.</summary>
    private static SannongDataset? ReadDocument(byte[] input)
    {
        ValidationResult<SannongDataset> fromMemory = SannongJson.ValidateDataset(input);
        Check(fromMemory.IsValid == fromMemory.Problems.IsEmpty,
            $"ValidateDataset: IsValid is {fromMemory.IsValid} with {fromMemory.Problems.Length} problem(s)");
        using var pipe = new NonSeekableStream(input);
        ValidationResult<SannongDataset> fromStream = SannongJson.ValidateDataset(pipe);
        Check(fromStream.IsValid == fromMemory.IsValid && fromStream.Problems.SequenceEqual(fromMemory.Problems),
            $"ValidateDataset(Stream) disagrees with ValidateDataset(bytes): {fromStream} against {fromMemory}");
        Check(!fromMemory.IsValid || fromStream.Value!.Equals(fromMemory.Value),
            "ValidateDataset(Stream) and ValidateDataset(bytes) read different datasets");
        // A stream that can seek is read through the bounded buffer; short reads make values straddle refills.
        using var file = new TricklingFile(input, 1 + (input.Length % 61));
        ValidationResult<SannongDataset> fromFile = SannongJson.ValidateDataset(file);
        Check(fromFile.IsValid == fromMemory.IsValid && fromFile.Problems.SequenceEqual(fromMemory.Problems),
            $"ValidateDataset(seekable Stream) disagrees with ValidateDataset(bytes): {fromFile} against {fromMemory}");
        Check(!fromMemory.IsValid || fromFile.Value!.Equals(fromMemory.Value),
            "ValidateDataset(seekable Stream) and ValidateDataset(bytes) read different datasets");
        return fromMemory.Value;
    }

    /// <summary>Writes a valid dataset every way, reads it back and writes it again: the same value, the same bytes.</summary>
    private static void DocumentRoundTrip(SannongDataset dataset)
    {
        byte[] written = SannongJson.ToUtf8Bytes(dataset);
        using (var stream = new MemoryStream())
        {
            SannongJson.WriteDataset(dataset, stream);
            Check(stream.ToArray().AsSpan().SequenceEqual(written), "WriteDataset and ToUtf8Bytes wrote different bytes");
        }
        string json = SannongJson.ToJson(dataset);
        Check(json == Encoding.UTF8.GetString(written), "ToJson and ToUtf8Bytes wrote different text");

        ValidationResult<SannongDataset> reread = SannongJson.ValidateDataset(written);
        Check(reread.IsValid, $"the written document does not read back: {Problems(reread.Problems)}");
        Check(reread.Value!.Equals(dataset), "the written document reads back as another dataset (a value changed)");
        byte[] rewritten = SannongJson.ToUtf8Bytes(reread.Value);
        Check(rewritten.AsSpan().SequenceEqual(written), $"the second write differs from the first {FirstDifference(written, rewritten)}");

        ValidationResult<SannongDataset> fromText = SannongJson.ValidateDatasetJson(json);
        Check(fromText.IsValid && fromText.Value!.Equals(dataset), "ValidateDatasetJson of the written text disagrees");
    }

    /// <summary>Reads the bytes as NDJSON of one record type; the valid records are written, read back (all valid and
    /// equal) and written again (the same bytes).</summary>
    private static void NdjsonRoundTrip<T>(byte[] input)
        where T : class
    {
        var valid = new List<T>();
        long previousLine = 0;
        using (var stream = new MemoryStream(input, writable: false))
        {
            foreach (NdjsonRecord<T> record in SannongJson.ReadNdjson<T>(stream))
            {
                Check(record.IsValid == record.Problems.IsEmpty, $"NDJSON {typeof(T).Name} line {record.Line}: IsValid is {record.IsValid} with problems");
                Check(record.Line > previousLine, $"NDJSON {typeof(T).Name}: line {record.Line} came after line {previousLine}");
                previousLine = record.Line;
                if (record.Value is { } value)
                {
                    valid.Add(value);
                }
            }
        }
        if (valid.Count == 0)
        {
            return;
        }
        byte[] written = WriteNdjson(valid);
        var reread = new List<T>();
        using (var stream = new MemoryStream(written, writable: false))
        {
            foreach (NdjsonRecord<T> record in SannongJson.ReadNdjson<T>(stream))
            {
                Check(record.IsValid, $"NDJSON {typeof(T).Name}: the written line {record.Line} does not read back: {Problems(record.Problems)}");
                reread.Add(record.Value!);
            }
        }
        Check(reread.SequenceEqual(valid), $"NDJSON {typeof(T).Name}: the written records read back changed");
        byte[] rewritten = WriteNdjson(reread);
        Check(rewritten.AsSpan().SequenceEqual(written), $"NDJSON {typeof(T).Name}: the second write differs from the first {FirstDifference(written, rewritten)}");
    }

    private static byte[] WriteNdjson<T>(IEnumerable<T> records)
        where T : class
    {
        using var stream = new MemoryStream();
        SannongJson.WriteNdjson(records, stream);
        return stream.ToArray();
    }

    /// <summary>Throws a <see cref="FuzzCheckException"/> when a promise is broken.</summary>
    internal static void Check(bool holds, string broken)
    {
        if (!holds)
        {
            throw new FuzzCheckException(broken);
        }
    }

    private static string Problems(IEnumerable<DataProblem> problems) => string.Join("; ", problems.Take(5));

    private static string FirstDifference(byte[] first, byte[] second)
    {
        int at = first.AsSpan().CommonPrefixLength(second);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40));
        return $"at byte {at}: '{Around(first)}' then '{Around(second)}'";
    }
}

/// <summary>A broken promise of the library that is not an exception of its own: the harness throws it so that AFL
/// records the input as a crash.</summary>
internal sealed class FuzzCheckException : Exception
{
    public FuzzCheckException()
    {
    }

    public FuzzCheckException(string message)
        : base(message)
    {
    }

    public FuzzCheckException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
