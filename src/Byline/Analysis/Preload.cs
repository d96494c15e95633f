namespace Byline;

/// <summary>
/// Loads an extractor's static data (word lists, the embedded gazetteer) on a thread-pool thread, once per process,
/// starting when the extractor is constructed. The analyzer runs dates first and places and quotes later, so in a new
/// process the second core builds what those need while the first one runs the early extractors; the first
/// <c>Analyze</c> then finds most of it ready instead of building it all on the caller's thread.
/// </summary>
/// <remarks>
/// A failure here is not lost: a failed static constructor or <see cref="Lazy{T}"/> keeps its exception and throws it
/// again to the first caller that needs the data, on that caller's thread.
/// </remarks>
internal static class Preload
{
    /// <summary>Runs <paramref name="load"/> in the background, unless that was already asked for.</summary>
    /// <typeparam name="TState">The state the load takes.</typeparam>
    /// <param name="load">The load: a static constructor or a <see cref="Lazy{T}"/> in
    /// <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/> mode, which keep their exceptions.</param>
    /// <param name="state">Passed to <paramref name="load"/>.</param>
    /// <param name="started">A per-item flag, 0 until the first request.</param>
    public static void Start<TState>(Action<TState> load, TState state, ref int started)
    {
        if (Volatile.Read(ref started) != 0 || Interlocked.Exchange(ref started, 1) != 0)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static item =>
            {
                try
                {
                    item.Load(item.State);
                }
                catch (Exception)
                {
                    // Whatever it is, the failed static constructor or lazy value keeps it and throws it again where
                    // the data is used; a background load must never take the process down.
                }
            },
            (Load: load, State: state),
            preferLocal: false);
    }
}
