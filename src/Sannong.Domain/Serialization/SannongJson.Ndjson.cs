using System.Buffers;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Sannong.Domain.Serialization;

// NDJSON: one record a line, read and written as streams in constant memory.
public static partial class SannongJson
{
    private const int NdjsonFlushBytes = 64 * 1024;

    /// <summary>Reads an NDJSON stream of UTF-8 (one JSON object a line, LF or CRLF) record by record, in constant
    /// memory: each line is parsed, checked and handed over before the next is read. Each line keeps at most 1,000
    /// problems.</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem; each line has the form of that
    /// record in the dataset document.</typeparam>
    /// <param name="utf8Ndjson">The stream; read lazily as the result is enumerated, and not closed. A stream that
    /// cannot seek (a pipe, standard input) is read the same way.</param>
    /// <returns>One <see cref="NdjsonRecord{T}"/> for each non-blank line, valid or with its problems (each problem
    /// carries the line number). A bad line never stops the reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the record types.</exception>
    /// <exception cref="IOException">The stream could not be read (thrown while enumerating).</exception>
    public static IEnumerable<NdjsonRecord<T>> ReadNdjson<T>(Stream utf8Ndjson)
        where T : class => ReadNdjson<T>(utf8Ndjson, ValidationOptions.Default);

    /// <summary>Reads an NDJSON stream of UTF-8 record by record (see <see cref="ReadNdjson{T}(Stream)"/>), each line
    /// keeping at most <see cref="ValidationOptions.MaxProblems"/> problems and counting the rest
    /// (<see cref="NdjsonRecord{T}.ProblemCount"/>).</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="utf8Ndjson">The stream; read lazily as the result is enumerated, and not closed.</param>
    /// <param name="options">How many problems each line keeps.</param>
    /// <returns>One <see cref="NdjsonRecord{T}"/> for each non-blank line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the record types.</exception>
    /// <exception cref="IOException">The stream could not be read (thrown while enumerating).</exception>
    public static IEnumerable<NdjsonRecord<T>> ReadNdjson<T>(Stream utf8Ndjson, ValidationOptions options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentNullException.ThrowIfNull(options);
        return ReadNdjsonLines(new NdjsonLineReader(utf8Ndjson), RecordCodecs.For<T>(), options);
    }

    /// <inheritdoc cref="ReadNdjsonAsync{T}(Stream, CancellationToken)"/>
    public static IAsyncEnumerable<NdjsonRecord<T>> ReadNdjsonAsync<T>(Stream utf8Ndjson)
        where T : class => ReadNdjsonAsync<T>(utf8Ndjson, CancellationToken.None);

    /// <summary>The asynchronous form of <see cref="ReadNdjson{T}(Stream)"/>.</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="utf8Ndjson">The stream; read lazily as the result is enumerated, and not closed.</param>
    /// <param name="cancellationToken">Cancels the reading (also honoured through WithCancellation).</param>
    /// <returns>One <see cref="NdjsonRecord{T}"/> for each non-blank line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the record types.</exception>
    /// <exception cref="IOException">The stream could not be read (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled (thrown while enumerating).</exception>
    public static IAsyncEnumerable<NdjsonRecord<T>> ReadNdjsonAsync<T>(Stream utf8Ndjson, CancellationToken cancellationToken)
        where T : class => ReadNdjsonAsync<T>(utf8Ndjson, ValidationOptions.Default, cancellationToken);

    /// <summary>The asynchronous form of <see cref="ReadNdjson{T}(Stream, ValidationOptions)"/>.</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="utf8Ndjson">The stream; read lazily as the result is enumerated, and not closed.</param>
    /// <param name="options">How many problems each line keeps.</param>
    /// <param name="cancellationToken">Cancels the reading (also honoured through WithCancellation).</param>
    /// <returns>One <see cref="NdjsonRecord{T}"/> for each non-blank line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the record types.</exception>
    /// <exception cref="IOException">The stream could not be read (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled (thrown while enumerating).</exception>
    public static IAsyncEnumerable<NdjsonRecord<T>> ReadNdjsonAsync<T>(Stream utf8Ndjson, ValidationOptions options, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentNullException.ThrowIfNull(options);
        return ReadNdjsonLinesAsync(new NdjsonLineReader(utf8Ndjson), RecordCodecs.For<T>(), options, cancellationToken);
    }

    /// <summary>Writes records as NDJSON: one compact JSON object a line, each followed by a line feed, in the form of
    /// the dataset document; the stream is written in chunks and not closed.</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="utf8Ndjson">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="utf8Ndjson"/> is null, or a record is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the record types.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void WriteNdjson<T>(IEnumerable<T> records, Stream utf8Ndjson)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        var lines = new NdjsonWriter<T>(RecordCodecs.For<T>());
        foreach (T record in records)
        {
            if (lines.Add(record))
            {
                lines.FlushTo(utf8Ndjson);
            }
        }
        lines.FlushTo(utf8Ndjson);
    }

    /// <summary>Writes an asynchronous sequence of records as NDJSON (see <see cref="WriteNdjson{T}"/>).</summary>
    /// <typeparam name="T">Influencer, Enrolment, LedgerEntry, Earning or ContentItem.</typeparam>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="utf8Ndjson">The stream; not closed.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every record is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="utf8Ndjson"/> is null, or a record is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the record types.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static async Task WriteNdjsonAsync<T>(IAsyncEnumerable<T> records, Stream utf8Ndjson, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        var lines = new NdjsonWriter<T>(RecordCodecs.For<T>());
        await foreach (T record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (lines.Add(record))
            {
                await lines.FlushToAsync(utf8Ndjson, cancellationToken).ConfigureAwait(false);
            }
        }
        await lines.FlushToAsync(utf8Ndjson, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the records of an NDJSON stream with a codec known to be right, each line's problems in
    /// <paramref name="lineProblems"/> (restarted for every line, so one list serves the file): a record is valid when
    /// the list holds none. Nothing is allocated per line but the record itself.</summary>
    internal static IEnumerable<(T? Value, long Line)> ReadNdjsonValues<T>(Stream utf8Ndjson, RecordCodec<T> codec, ProblemList lineProblems)
        where T : class
    {
        var reader = new NdjsonLineReader(utf8Ndjson);
        while (reader.TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong))
        {
            lineProblems.Restart(reader.LineNumber);
            if (tooLong)
            {
                lineProblems.Add("$", DataProblemKind.LimitExceeded, TooLong);
                yield return (null, reader.LineNumber);
            }
            else if (!line.Span.Trim(" \t"u8).IsEmpty)
            {
                T? value = JsonPass.Read(line, lineProblems, "the line", codec.ReadRoot);
                yield return (lineProblems.Count == 0 ? value : null, reader.LineNumber);
            }
        }
    }

    private static readonly string TooLong =
        $"the line is longer than the limit of {SannongJsonLimits.MaxNdjsonLineBytes} bytes; it was skipped.";

    private static IEnumerable<NdjsonRecord<T>> ReadNdjsonLines<T>(NdjsonLineReader reader, RecordCodec<T> codec, ValidationOptions options)
        where T : class
    {
        while (reader.TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong))
        {
            if (ReadNdjsonLine(line, reader.LineNumber, tooLong, codec, options) is { } record)
            {
                yield return record;
            }
        }
    }

    private static async IAsyncEnumerable<NdjsonRecord<T>> ReadNdjsonLinesAsync<T>(
        NdjsonLineReader reader, RecordCodec<T> codec, ValidationOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } next)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadNdjsonLine(next.Line, reader.LineNumber, next.TooLong, codec, options) is { } record)
            {
                yield return record;
            }
        }
    }

    private static NdjsonRecord<T>? ReadNdjsonLine<T>(ReadOnlyMemory<byte> line, long number, bool tooLong, RecordCodec<T> codec, ValidationOptions options)
        where T : class
    {
        var sink = new ProblemList(options, number);
        if (tooLong)
        {
            sink.Add("$", DataProblemKind.LimitExceeded, TooLong);
            return new NdjsonRecord<T>(number, null, sink.ToImmutableArray(), sink.Count);
        }
        if (line.Span.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }
        T? value = JsonPass.Read(line, sink, "the line", codec.ReadRoot);
        return sink.Count == 0
            ? new NdjsonRecord<T>(number, value, [], 0)
            : new NdjsonRecord<T>(number, null, sink.ToImmutableArray(), sink.Count);
    }

    /// <summary>Buffers NDJSON lines and hands them to a stream in chunks.</summary>
    private sealed class NdjsonWriter<T>
        where T : class
    {
        private readonly RecordCodec<T> _codec;
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        internal NdjsonWriter(RecordCodec<T> codec)
        {
            _codec = codec;
            _writer = new Utf8JsonWriter(_buffer, JsonWrite.Options(indented: false));
        }

        /// <summary>Adds one line; true when the buffer is due to be flushed.</summary>
        internal bool Add(T record)
        {
            ArgumentNullException.ThrowIfNull(record, "records");
            _codec.Write(_writer, record);
            _writer.Flush();
            _buffer.Write("\n"u8);
            _writer.Reset(_buffer);
            return _buffer.WrittenCount >= NdjsonFlushBytes;
        }

        internal void FlushTo(Stream stream)
        {
            stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }

        internal async Task FlushToAsync(Stream stream, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }
}
