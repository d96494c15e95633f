namespace Byline;

/// <summary>An article to analyze: its text and what is known about it.</summary>
public sealed class Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="text">The article's text; offsets in results are UTF-16 indices into it.</param>
    /// <param name="publishedAt">When the article was published; relative dates (<c>Tuesday</c>, <c>last week</c>) are resolved against it.</param>
    /// <param name="id">An identifier echoed in results, or <see langword="null"/>.</param>
    /// <param name="title">The headline, or <see langword="null"/>. It is not analyzed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Article(string text, DateTimeOffset? publishedAt = null, string? id = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        PublishedAt = publishedAt;
        Id = id;
        Title = title;
    }

    /// <summary>The article's text.</summary>
    public string Text { get; }

    /// <summary>When the article was published, or <see langword="null"/> when unknown.</summary>
    public DateTimeOffset? PublishedAt { get; }

    /// <summary>An identifier echoed in results, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>The headline, or <see langword="null"/>.</summary>
    public string? Title { get; }
}
