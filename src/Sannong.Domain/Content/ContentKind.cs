namespace Sannong.Domain.Content;

/// <summary>The form of a content item.</summary>
/// <remarks>The numeric values are stable. <c>default(ContentKind)</c> (0) is not a defined kind.
/// Only <see cref="ShortVideo"/> and <see cref="LiveStream"/> have a length (see <see cref="ContentKinds.HasLength"/>).</remarks>
public enum ContentKind
{
    /// <summary>A short video (短视频 duǎn shìpín).</summary>
    ShortVideo = 1,

    /// <summary>A live stream (直播 zhíbō), such as a live sale of farm produce (直播带货 zhíbō dàihuò).</summary>
    LiveStream = 2,

    /// <summary>An image post (图文 túwén: pictures with text).</summary>
    Image = 3,

    /// <summary>An article (文章 wénzhāng).</summary>
    Article = 4,
}
