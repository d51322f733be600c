using Sannong.Domain.Utility;

namespace Sannong.Domain.Content;

/// <summary>The rules and labels of <see cref="ContentKind"/>.</summary>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public static class ContentKinds
{
    /// <summary>The four kinds in the order of their values.</summary>
    public static ImmutableArray<ContentKind> All { get; } =
        ImmutableArray.Create(ContentKind.ShortVideo, ContentKind.LiveStream, ContentKind.Image, ContentKind.Article);

    /// <summary>Tells whether a value is one of the four kinds.</summary>
    /// <param name="kind">The value to check.</param>
    /// <returns>True for <see cref="ContentKind.ShortVideo"/> to <see cref="ContentKind.Article"/>.</returns>
    public static bool IsDefined(ContentKind kind) => kind is >= ContentKind.ShortVideo and <= ContentKind.Article;

    /// <summary>Tells whether items of a kind have a length (a running time): true for short videos and live streams,
    /// false for image posts and articles.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for <see cref="ContentKind.ShortVideo"/> and <see cref="ContentKind.LiveStream"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static bool HasLength(ContentKind kind) => kind switch
    {
        ContentKind.ShortVideo or ContentKind.LiveStream => true,
        ContentKind.Image or ContentKind.Article => false,
        _ => throw Preconditions.Undefined(kind),
    };

    /// <summary>The English label, such as <c>short video</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label in lower case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string English(ContentKind kind) => kind switch
    {
        ContentKind.ShortVideo => "short video",
        ContentKind.LiveStream => "live stream",
        ContentKind.Image => "image post",
        ContentKind.Article => "article",
        _ => throw Preconditions.Undefined(kind),
    };

    /// <summary>The label in simplified Chinese, such as 短视频.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ZhHans(ContentKind kind) => kind switch
    {
        ContentKind.ShortVideo => "短视频",
        ContentKind.LiveStream => "直播",
        ContentKind.Image => "图文",
        ContentKind.Article => "文章",
        _ => throw Preconditions.Undefined(kind),
    };
}
