using System.IO;
using System.Text;
using nietras.SeparatedValues;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Csv;

/// <summary>Makes a record of a row's cells (see <see cref="CsvRecords"/>).</summary>
internal delegate T? CsvRowBuilder<T>(ref CsvCells cells)
    where T : class;

/// <summary>The reading of one CSV file, row by row on Sep, into a <see cref="RecordFileReader{T}"/>.</summary>
internal static class CsvReading<T>
    where T : class
{
    /// <summary>A file read into a <see cref="RecordFileReader{T}"/>.</summary>
    internal sealed class File(DataRecordKind kind, CsvColumnMap map, CsvReadReport? report, RecordFileReader<T> records)
        : CsvFile(kind, map, report)
    {
        internal RecordFileReader<T> Records { get; } = records;

        internal override string FileName => Records.FileName;

        internal override bool IsFull => Records.IsFull;

        internal override void Report(DataProblem problem) => Records.Report(problem);

        internal override void CountProblem() => Records.CountProblem();
    }

    internal static void Read(Stream stream, File file, CsvRowBuilder<T> build)
    {
        RecordFileReader<T> records = file.Records;
        long row = 1;
        using var text = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        try
        {
            // The header is read as a row (Sep would refuse a repeated name before this format could report it).
            using SepReader reader = new SepReaderOptions(new Sep(',')) { HasHeader = false, Unescape = true, DisableColCountCheck = true }.From(text);
            string[]? names = null;
            foreach (SepReader.Row cells in reader)
            {
                if (names is null)
                {
                    names = new string[cells.ColCount];
                    for (int i = 0; i < names.Length; i++)
                    {
                        names[i] = cells[i].ToString();
                    }
                    if (!file.ResolveHeader(names))
                    {
                        return;
                    }
                    continue;
                }
                row++;
                if ((row & 0xFFF) == 0)
                {
                    records.CancellationToken.ThrowIfCancellationRequested();
                }
                if (cells.ColCount != names.Length)
                {
                    if (cells.ColCount == 1 && cells[0].Span.IsEmpty)
                    {
                        continue; // a blank line
                    }
                    Ragged(file, row, cells.ColCount, names.Length);
                    continue;
                }
                var c = new CsvCells(cells, file, row);
                T? record = build(ref c);
                if (record is not null && !records.Add(record, row))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or DecoderFallbackException or ArgumentException or FormatException)
        {
            // Sep refuses what it cannot parse (a row past its longest); the decoder refuses bytes that are not UTF-8.
            file.Report(new DataProblem(CsvRecordFormat.RowPath, e is DecoderFallbackException ? DataProblemKind.InvalidValue : DataProblemKind.LimitExceeded,
                (e is DecoderFallbackException ? "the file is not UTF-8 text" : "the file could not be read as CSV: " + Utility.TextEscaping.ForMessage(CsvText.CleanMessage(e)))
                + "; the rest of it was not read.", row + 1));
        }
    }

    private static void Ragged(File file, long row, int count, int expected)
    {
        if (file.IsFull)
        {
            file.CountProblem();
            return;
        }
        file.Report(new DataProblem(CsvRecordFormat.RowPath, DataProblemKind.InvalidValue,
            string.Create(CultureInfo.InvariantCulture, $"the row has {count} cells, but the header has {expected}; every row has one cell per column (quote a cell that holds a comma)."), row));
    }
}
