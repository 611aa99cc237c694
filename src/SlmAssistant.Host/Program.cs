using SlmAssistant.Host;

await HostApp.Build(args).RunAsync();

/// <summary>Entry point; partial so tests can refer to the assembly.</summary>
public partial class Program;
