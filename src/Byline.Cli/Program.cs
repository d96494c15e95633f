namespace Byline.Cli;

/// <summary>Entry point of the <c>byline</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command with the process's standard streams.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        using Stream stdin = Console.OpenStandardInput();
        using Stream stdout = Console.OpenStandardOutput();
        var app = new CliApp(stdin, stdout, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
        return app.Run(args);
    }
}
