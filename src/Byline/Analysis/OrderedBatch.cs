using System.Runtime.ExceptionServices;

namespace Byline;

/// <summary>
/// The engine of <see cref="ArticleAnalyzerExtensions.AnalyzeMany"/>: pool workers and the consuming thread take articles
/// from the source a small group at a time, and the consumer receives the analyses in input order. No batch boundary
/// makes a core wait for the slowest group of a batch: a worker takes the next group as soon as it is done, as long as it
/// stays within a window of articles ahead of the consumer (which bounds the analyses held in memory). A group goes
/// through <see cref="ArticleAnalyzer.AnalyzeGroup"/>, extractor by extractor, when the analyzer is an
/// <see cref="ArticleAnalyzer"/>; any other analyzer is asked one article at a time.
/// </summary>
/// <remarks>
/// A failure (an extractor's exception, the source's, a null article) is kept with its position and rethrown, unwrapped,
/// once every earlier analysis has been handed out; no article after it is taken.
/// All state is guarded by one lock; the source enumerator is only touched under it.
/// </remarks>
internal sealed class OrderedBatch : IDisposable
{
    /// <summary>Articles a thread takes at once (at most).</summary>
    internal const int GroupSize = 32;

    /// <summary>Articles that may be taken ahead of the consumer, per degree of parallelism.</summary>
    internal const int WindowPerThread = 2 * GroupSize;

    private readonly IArticleAnalyzer _analyzer;
    private readonly IEnumerator<Article> _source;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _stop;
    private readonly object _gate = new();
    private readonly ArticleAnalysis?[] _results;
    private readonly Task[] _workers;
    private long _taken;                  // articles taken from the source so far: the next article's position
    private long _handedOut;              // analyses given to the consumer so far
    private bool _sourceDone;
    private bool _disposed;
    private long _failedAt = long.MaxValue;
    private ExceptionDispatchInfo? _failure;
    private readonly Article[] _consumerGroup = new Article[GroupSize]; // the consuming thread's own, like each worker's

    /// <summary>Starts <paramref name="degree"/> - 1 pool workers; the consumer's own thread is the last one.</summary>
    public OrderedBatch(IArticleAnalyzer analyzer, IEnumerator<Article> source, int degree, CancellationToken cancellationToken)
    {
        _analyzer = analyzer;
        _source = source;
        _callerToken = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _results = new ArticleAnalysis?[degree * WindowPerThread];
        _workers = new Task[degree - 1];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// The next analysis in input order; false at the end of the source. While it is not ready, the calling thread
    /// analyzes articles itself.
    /// </summary>
    public bool TryTake(out ArticleAnalysis result)
    {
        Article[] group = _consumerGroup;
        while (true)
        {
            _callerToken.ThrowIfCancellationRequested();
            int count;
            long position;
            lock (_gate)
            {
                while (true)
                {
                    long next = _handedOut;
                    if (next >= _failedAt)
                    {
                        _failure!.Throw();
                    }

                    int slot = (int)(next % _results.Length);
                    if (_results[slot] is { } ready)
                    {
                        _results[slot] = null;
                        _handedOut++;
                        Monitor.PulseAll(_gate); // the window moved: a worker may take another article
                        result = ready;
                        return true;
                    }

                    if (_sourceDone && next >= _taken)
                    {
                        result = null!;
                        return false;
                    }

                    bool wasDone = _sourceDone;
                    count = TakeLocked(group, out position);
                    if (count > 0)
                    {
                        break;
                    }

                    if (_sourceDone != wasDone)
                    {
                        continue; // the source just ended or failed: look again before waiting
                    }

                    Monitor.Wait(_gate);
                    _callerToken.ThrowIfCancellationRequested();
                }
            }

            Analyze(group.AsSpan(0, count), position);
        }
    }

    /// <summary>Stops the workers (an article in progress is cancelled), waits for them, and disposes the source.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Monitor.PulseAll(_gate);
        }

        _stop.Cancel();
        Task.WaitAll(_workers); // workers catch everything they run into
        _source.Dispose();
        _stop.Dispose();
    }

    private void Work()
    {
        var group = new Article[GroupSize];
        while (true)
        {
            int count;
            long position;
            lock (_gate)
            {
                while ((count = TakeLocked(group, out position)) == 0)
                {
                    if (_disposed || _sourceDone || _failedAt != long.MaxValue)
                    {
                        return;
                    }

                    Monitor.Wait(_gate); // the window is full: wait for the consumer
                }
            }

            Analyze(group.AsSpan(0, count), position);
        }
    }

    /// <summary>
    /// Takes up to <see cref="GroupSize"/> next articles from the source, as far as the window allows, into
    /// <paramref name="group"/>; returns how many, the first one's position in <paramref name="position"/>. Records the
    /// source's failures (the articles before a failure are still returned).
    /// </summary>
    private int TakeLocked(Article[] group, out long position)
    {
        position = _taken;
        int count = 0;
        while (count < group.Length && !_disposed && !_sourceDone && _failedAt == long.MaxValue && _taken - _handedOut < _results.Length)
        {
            try
            {
                if (!_source.MoveNext())
                {
                    _sourceDone = true;
                    Monitor.PulseAll(_gate);
                    break;
                }

                group[count] = _source.Current ?? throw new ArgumentException("The sequence contains a null article.", "articles");
            }
            catch (Exception e)
            {
                FailLocked(_taken, e);
                _sourceDone = true;
                break;
            }

            count++;
            _taken++;
        }

        return count;
    }

    private void Analyze(ReadOnlySpan<Article> group, long position)
    {
        var analyses = new ArticleAnalysis?[group.Length];
        var errors = new Exception?[group.Length];
        try
        {
            if (_analyzer is ArticleAnalyzer standard)
            {
                standard.AnalyzeGroup(group, analyses, errors, _stop.Token);
            }
            else
            {
                for (int i = 0; i < group.Length; i++)
                {
                    try
                    {
                        analyses[i] = _analyzer.Analyze(group[i], _stop.Token)
                            ?? throw new InvalidOperationException($"{_analyzer.GetType().Name}.Analyze returned null.");
                    }
                    catch (Exception e)
                    {
                        errors[i] = e;
                        break; // no article after a failure is handed out
                    }
                }
            }
        }
        catch (Exception e)
        {
            // Cancelled: the group's first article without an analysis carries it.
            int first = Array.FindIndex(analyses, a => a is null);
            errors[first < 0 ? 0 : first] ??= e;
        }

        lock (_gate)
        {
            for (int i = 0; i < group.Length; i++)
            {
                if (errors[i] is { } error)
                {
                    FailLocked(position + i, error);
                    break;
                }

                if (analyses[i] is not { } analysis)
                {
                    break; // after a failure in a group of another analyzer, or a cancellation
                }

                _results[(int)((position + i) % _results.Length)] = analysis;
            }

            Monitor.PulseAll(_gate);
        }
    }

    private void FailLocked(long position, Exception error)
    {
        if (position < _failedAt)
        {
            _failedAt = position;
            _failure = ExceptionDispatchInfo.Capture(error);
        }

        Monitor.PulseAll(_gate);
    }
}
