using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Sannong.Domain.Serialization;
using Xunit;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Inputs that cannot seek (a pipe, a FIFO, standard input) are read streaming, within the same size limit,
/// by the file and the stream entry points alike.</summary>
public sealed class NonSeekableStreamsTest
{
    private static readonly string ValidBase = Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json");

    /// <summary>A stream that cannot seek (Length and Position throw, as a pipe's do), handing out its source's bytes
    /// in small reads, or an endless run of spaces after them; it counts the bytes it gave.</summary>
    private sealed class PipeLikeStream(byte[] source, long spaces = 0) : Stream
    {
        private long _position;

        public long Given => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException("no length: a pipe");

        public override long Position
        {
            get => throw new NotSupportedException("no position: a pipe");
            set => throw new NotSupportedException("no position: a pipe");
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            long total = source.Length + spaces;
            int n = (int)Math.Min(Math.Min(buffer.Length, 16 * 1024), total - _position);
            int fromSource = (int)Math.Clamp(source.Length - _position, 0, n);
            source.AsSpan((int)Math.Min(_position, source.Length), fromSource).CopyTo(buffer);
            buffer[fromSource..n].Fill((byte)' ');
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_read_to_its_end()
    {
        byte[] bytes = File.ReadAllBytes(ValidBase);
        Assert.True(SannongJson.ValidateDataset(new PipeLikeStream(bytes)).IsValid);
        Assert.True((await SannongJson.ValidateDatasetAsync(new PipeLikeStream(bytes))).IsValid);
        Assert.NotNull(SannongJson.ReadDataset(new PipeLikeStream(bytes), new ValidationOptions(5)));
    }

    [Fact]
    public async Task A_stream_past_the_limit_is_a_limit_problem_and_reading_stops_just_past_it()
    {
        // The document, then 300 MiB of spaces: valid JSON, but larger than 256 MiB. The reader must stop within a
        // read of the limit rather than read all 300 MiB (or keep them).
        byte[] bytes = File.ReadAllBytes(ValidBase);
        const long Spaces = 300L * 1024 * 1024;
        var sync = new PipeLikeStream(bytes, Spaces);
        DataProblem problem = Assert.Single(SannongJson.ValidateDataset(sync).Problems);
        Assert.Equal(DataProblemKind.LimitExceeded, problem.Kind);
        Assert.InRange(sync.Given, SannongJsonLimits.MaxDocumentBytes, SannongJsonLimits.MaxDocumentBytes + (64 * 1024));

        var async = new PipeLikeStream(bytes, Spaces);
        Assert.Equal(DataProblemKind.LimitExceeded, Assert.Single((await SannongJson.ValidateDatasetAsync(async)).Problems).Kind);
        Assert.InRange(async.Given, SannongJsonLimits.MaxDocumentBytes, SannongJsonLimits.MaxDocumentBytes + (64 * 1024));
    }

    /// <summary>A named pipe made with mkfifo, written by another thread: its FileStream has no Length.</summary>
    private static string MakeFifo()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sannong-fifo-{Guid.NewGuid():N}");
        using Process mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static Task WriteInto(string fifo, byte[] bytes) => Task.Run(() =>
    {
        using FileStream writer = new(fifo, FileMode.Open, FileAccess.Write);
        writer.Write(bytes);
    });

    [Fact]
    public async Task A_FIFO_is_read_by_the_file_entry_points()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // mkfifo is a POSIX tool; the PipeLikeStream tests cover the same path elsewhere.
        }
        byte[] bytes = File.ReadAllBytes(ValidBase);
        string fifo = MakeFifo();
        try
        {
            Task writing = WriteInto(fifo, bytes);
            ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetFile(fifo);
            await writing;
            Assert.True(result.IsValid, string.Join("; ", result.Problems));

            writing = WriteInto(fifo, bytes);
            ValidationResult<SannongDataset> asynchronously = await SannongJson.ValidateDatasetFileAsync(fifo, new ValidationOptions(3));
            await writing;
            Assert.True(asynchronously.IsValid);

            // A FIFO holding a broken document: problems, with their 1-based position.
            writing = WriteInto(fifo, "{\n  \"format\": }"u8.ToArray());
            DataProblem problem = Assert.Single(SannongJson.ValidateDatasetFile(fifo).Problems);
            await writing;
            Assert.Contains("at line 2, column 13", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public async Task NDJSON_is_read_from_a_FIFO()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }
        string fifo = MakeFifo();
        try
        {
            Task writing = WriteInto(fifo, "{\"influencer\":\"kol-1\",\"month\":\"2024-01\",\"amount\":\"1.00\",\"source\":\"e-commerce\"}\n"u8.ToArray());
            using (FileStream stream = File.OpenRead(fifo))
            {
                Assert.True(Assert.Single(SannongJson.ReadNdjson<Sannong.Domain.Programmes.Earning>(stream)).IsValid);
            }
            await writing;
        }
        finally
        {
            File.Delete(fifo);
        }
    }
}
