using System.Runtime.ExceptionServices;

namespace Byline;

/// <summary>
/// The engine of <see cref="ArticleAnalyzerExtensions.AnalyzeMany"/>: pool workers and the consuming thread take articles
/// from the source one at a time, and the consumer receives the analyses in input order. No batch boundary makes a core
/// wait for the slowest article of a batch: a worker takes the next article as soon as it is done, as long as it stays
/// within a window of articles ahead of the consumer (which bounds the analyses held in memory).
/// </summary>
/// <remarks>
/// A failure (an extractor's exception, the source's, a null article) is kept with its position and rethrown, unwrapped,
/// once every earlier analysis has been handed out; no article after it is taken.
/// All state is guarded by one lock; the source enumerator is only touched under it.
/// </remarks>
internal sealed class OrderedBatch : IDisposable
{
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

    /// <summary>Starts <paramref name="degree"/> - 1 pool workers; the consumer's own thread is the last one.</summary>
    public OrderedBatch(IArticleAnalyzer analyzer, IEnumerator<Article> source, int degree, CancellationToken cancellationToken)
    {
        _analyzer = analyzer;
        _source = source;
        _callerToken = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _results = new ArticleAnalysis?[degree * 16];
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
        while (true)
        {
            _callerToken.ThrowIfCancellationRequested();
            Article article;
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
                    if (TakeLocked(out article, out position))
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

            Analyze(article, position);
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
        while (true)
        {
            Article article;
            long position;
            lock (_gate)
            {
                while (!TakeLocked(out article, out position))
                {
                    if (_disposed || _sourceDone || _failedAt != long.MaxValue)
                    {
                        return;
                    }

                    Monitor.Wait(_gate); // the window is full: wait for the consumer
                }
            }

            Analyze(article, position);
        }
    }

    /// <summary>Takes the next article from the source if the window allows it; records the source's failures.</summary>
    private bool TakeLocked(out Article article, out long position)
    {
        article = null!;
        position = _taken;
        if (_disposed || _sourceDone || _failedAt != long.MaxValue || _taken - _handedOut >= _results.Length)
        {
            return false;
        }

        try
        {
            if (!_source.MoveNext())
            {
                _sourceDone = true;
                Monitor.PulseAll(_gate);
                return false;
            }

            article = _source.Current ?? throw new ArgumentException("The sequence contains a null article.", "articles");
        }
        catch (Exception e)
        {
            FailLocked(position, e);
            _sourceDone = true;
            return false;
        }

        _taken++;
        return true;
    }

    private void Analyze(Article article, long position)
    {
        ArticleAnalysis? analysis = null;
        Exception? error = null;
        try
        {
            analysis = _analyzer.Analyze(article, _stop.Token)
                ?? throw new InvalidOperationException($"{_analyzer.GetType().Name}.Analyze returned null.");
        }
        catch (Exception e)
        {
            error = e;
        }

        lock (_gate)
        {
            if (error is null)
            {
                _results[(int)(position % _results.Length)] = analysis;
            }
            else
            {
                FailLocked(position, error);
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
