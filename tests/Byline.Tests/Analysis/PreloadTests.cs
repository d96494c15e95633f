using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;

namespace Byline.Tests.Analysis;

public class PreloadTests
{
    [Fact]
    public void A_load_runs_once_per_flag_on_another_thread()
    {
        int started = 0, runs = 0, caller = Environment.CurrentManagedThreadId, loader = caller;
        using var done = new ManualResetEventSlim();
        Action<int> load = _ =>
        {
            Interlocked.Increment(ref runs);
            loader = Environment.CurrentManagedThreadId;
            done.Set();
        };

        Preload.Start(load, 0, ref started);
        Preload.Start(load, 0, ref started);

        Assert.True(done.Wait(TimeSpan.FromSeconds(30)));
        Thread.Sleep(50); // a second run, if there were one, would have been queued behind the first
        Assert.Equal(1, Volatile.Read(ref runs));
        Assert.Equal(1, started);
        Assert.NotEqual(caller, loader);
    }

    [Fact]
    public void A_failed_load_is_left_to_the_data_that_keeps_it()
    {
        int started = 0;
        var lazy = new Lazy<int>(() => throw new InvalidDataException("corrupt"), LazyThreadSafetyMode.ExecutionAndPublication);
        using var done = new ManualResetEventSlim();

        Preload.Start(
            l =>
            {
                try
                {
                    _ = l.Value;
                }
                finally
                {
                    done.Set();
                }
            },
            lazy,
            ref started);

        Assert.True(done.Wait(TimeSpan.FromSeconds(30)));
        // The pool thread swallowed it; the caller that needs the value still gets the same exception.
        Assert.Equal("corrupt", Assert.Throws<InvalidDataException>(() => lazy.Value).Message);
    }

    [Fact]
    public void Built_ins_run_dates_quantities_places_quotes()
    {
        ArticleAnalyzer analyzer = new ArticleAnalyzerBuilder().Build();

        Assert.Collection(
            analyzer.Extractors,
            e => Assert.IsType<DatesExtractor>(e),
            e => Assert.IsType<QuantitiesExtractor>(e),
            e => Assert.IsType<PlacesExtractor>(e),
            e => Assert.IsType<QuotesExtractor>(e));
    }
}
