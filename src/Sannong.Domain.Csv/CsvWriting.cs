using System.Buffers;
using System.IO;
using System.Text;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using NodaTime.Text;

namespace Sannong.Domain.Csv;

/// <summary>Writes records as RFC 4180 CSV: UTF-8 without a BOM, CRLF after every row, the header first, a cell quoted
/// only when it holds a comma, a quote, CR or LF (a quote doubled).</summary>
internal sealed class CsvWriting : IDisposable
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly StreamWriter _writer;
    private bool _first = true;

    internal CsvWriting(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false, true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
    }

    internal void Cell(ReadOnlySpan<char> text)
    {
        if (!_first)
        {
            _writer.Write(',');
        }
        _first = false;
        if (text.IndexOfAny(NeedsQuotes) < 0)
        {
            _writer.Write(text);
            return;
        }
        _writer.Write('"');
        foreach (char c in text)
        {
            if (c == '"')
            {
                _writer.Write('"');
            }
            _writer.Write(c);
        }
        _writer.Write('"');
    }

    internal void Count(long value)
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        Cell(buffer[..written]);
    }

    internal void EndRow()
    {
        _writer.Write("\r\n");
        _first = true;
    }

    public void Dispose() => _writer.Dispose();

    internal static void Write<T>(IEnumerable<T> records, Stream stream)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);
        DataRecordKind kind = CsvFields.KindOf<T>();
        using var w = new CsvWriting(stream);
        foreach (string field in CsvFields.Of(kind))
        {
            w.Cell(field);
        }
        w.EndRow();
        foreach (T record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            switch (record)
            {
                case Influencer i:
                    w.Cell(i.Id.Value); w.Cell(i.Handle); w.Cell(i.HomeRegion.Code);
                    w.Cell(i.HomeRegion.UrbanRural?.ToString() ?? ""); w.Topics(i.Topics); w.Count(i.Followers); w.Cell(Date(i.Joined));
                    break;
                case Enrolment e:
                    w.Cell(e.Influencer.Value); w.Cell(Date(e.Enrolled)); w.Cell(e.Mentor?.Value ?? "");
                    w.Cell(e.Left is { } left ? Date(left) : "");
                    break;
                case LedgerEntry l:
                    w.Cell(Date(l.Date)); w.Cell(SannongNames.Name(l.Kind));
                    w.Cell(l.IsCash ? l.Cash.ToString() : ""); w.Cell(l.IsCash ? "" : l.Impressions.Count.ToString(CultureInfo.InvariantCulture));
                    w.Cell(l.Beneficiary?.Value ?? ""); w.Cell(l.Memo);
                    break;
                case Earning e:
                    w.Cell(e.Influencer.Value); w.Cell(YearMonthPattern.Iso.Format(e.Month)); w.Cell(e.Amount.ToString()); w.Cell(SannongNames.Name(e.Source));
                    break;
                case ContentItem c:
                    w.Cell(c.Id.Value); w.Cell(c.Author.Value); w.Cell(SannongNames.Name(c.Kind)); w.Cell(CsvText.Instant(c.Published));
                    w.Cell(c.Length is { } length ? ((long)length.TotalSeconds).ToString(CultureInfo.InvariantCulture) : "");
                    w.Cell(c.Caption); w.Topics(c.Topics);
                    w.Count(c.Engagement.Views); w.Count(c.Engagement.Likes); w.Count(c.Engagement.Comments); w.Count(c.Engagement.Shares);
                    break;
            }
            w.EndRow();
        }
    }

    private void Topics(ImmutableArray<Taxonomy.Topic> topics) => Cell(string.Join(CsvFields.TopicSeparator, topics.Select(t => t.Code)));

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
