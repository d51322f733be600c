using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Sannong.Domain.Content;
using Sannong.Domain.Creators;
using Sannong.Domain.Exposure;

namespace Sannong.Domain.Parquet;

/// <summary>
/// Column-projected reads of a Parquet file of content items (a warehouse's content table, or a dataset folder's
/// <c>content.parquet</c>): only the columns a calculation needs are decoded, one row group at a time, and each of
/// their values is checked as <see cref="ParquetRecordFormat.ReadRecords{T}"/> checks it.
/// </summary>
/// <remarks>
/// <para>Views by author read the <c>author</c> column (a UTF-8 string, each value a valid
/// <see cref="InfluencerId"/>) and the <c>views</c> column (<c>INT64</c> or <c>INT32</c>, never negative); NULLs are
/// refused in both. The other columns of the file are neither decoded nor checked, so a file whose captions or topics
/// <see cref="ParquetRecordFormat"/> would refuse still gives its views: use <see cref="ParquetRecordFormat"/> to check
/// whole records. Memory is one row group's two columns plus one entry per distinct author.</para>
/// <para>A problem stops the read with <see cref="DataValidationException"/> at the end of the schema check or of the
/// first row group that has one, with every problem of that row group (the first 1,000 kept, each at its 1-based row
/// within the file and its column, all counted), as <see cref="ParquetRecordFormat.ReadRecords{T}"/> does.</para>
/// </remarks>
/// <threadsafety>This type is stateless: any number of files may be read at once, from any number of threads (each
/// stream by one thread).</threadsafety>
public static class ParquetContent
{
    /// <summary>Views per author of a Parquet file of content items: the sum of the <c>views</c> column over each
    /// author's rows, reading only the <c>author</c> and <c>views</c> columns. Equal to
    /// <see cref="ExposureCalculator.ViewsByCreator(IEnumerable{ContentItem})"/> of the file's records when the whole
    /// file is valid.</summary>
    /// <param name="stream">The file's content; a stream that cannot seek is first copied to a temporary file (deleted
    /// when read). Not closed.</param>
    /// <param name="cancellationToken">Checked before each row group and every 4,096 rows.</param>
    /// <returns>Views by author, in identifier order; authors with no row are absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataValidationException">The file is not Parquet, lacks a column or has one of the wrong type,
    /// or a value is null, not a valid identifier or a negative number of views (see the remarks).</exception>
    /// <exception cref="OverflowException">An author's views exceed <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ImmutableSortedDictionary<InfluencerId, long> ViewsByAuthor(Stream stream, CancellationToken cancellationToken = default)
    {
        AuthorViews views = Read(stream, cancellationToken);
        ImmutableSortedDictionary<InfluencerId, long>.Builder result = ImmutableSortedDictionary.CreateBuilder<InfluencerId, long>();
        for (int creator = 0; creator < views.Authors.Count; creator++)
        {
            result.Add(new InfluencerId(views.Authors[creator]), views.Sums[creator]);
        }
        return result.ToImmutable();
    }

    /// <summary>The inequality of views per author of a Parquet file of content items (each author with at least one
    /// row is one member), reading only the <c>author</c> and <c>views</c> columns and counting through a
    /// <see cref="CreatorViewTally"/>: the same report, to the last bit, as
    /// <see cref="InequalityMeasures.Report(IEnumerable{long})"/> of the values of
    /// <see cref="ViewsByAuthor"/>, that is of <see cref="ExposureCalculator.ViewsByCreator(IEnumerable{ContentItem})"/>
    /// of the file's records.</summary>
    /// <param name="stream">The file's content; a stream that cannot seek is first copied to a temporary file (deleted
    /// when read). Not closed.</param>
    /// <param name="cancellationToken">Checked before each row group and every 4,096 rows.</param>
    /// <returns>The report, with the population Gini and the Atkinson index for ε = 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataValidationException">The file is not Parquet, lacks a column or has one of the wrong type,
    /// or a value is null, not a valid identifier or a negative number of views (see the remarks).</exception>
    /// <exception cref="OverflowException">An author's views exceed <see cref="long.MaxValue"/> (as for
    /// <see cref="ViewsByAuthor"/>); views of all authors together past it are measured all the same.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static InequalityReport InequalityOfViewsByAuthor(Stream stream, CancellationToken cancellationToken = default)
    {
        AuthorViews views = Read(stream, cancellationToken);
        if (!views.TotalFits)
        {
            // Past long.MaxValue views in all, which a tally cannot hold: the report from the sums (added in 128 bits).
            return InequalityMeasures.Report(views.Sums.ToArray());
        }
        var tally = new CreatorViewTally(views.Authors.Count);
        for (int creator = 0; creator < views.Authors.Count; creator++)
        {
            tally.Add(creator, views.Sums[creator]);
        }
        return tally.Report();
    }

    private static AuthorViews Read(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            return ViewsReader.Read(stream, cancellationToken);
        }
        using var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
        stream.CopyTo(copy);
        copy.Position = 0;
        return ViewsReader.Read(copy, cancellationToken);
    }
}
