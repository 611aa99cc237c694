using System.Globalization;

namespace SlmAssistant.Answering.Tests.Benchmarks;

/// <summary>Medians over the measured iterations of one run, all paths on the same model in the same process.</summary>
/// <param name="InputTokens">Prompt tokens, the same for every path (checked).</param>
/// <param name="OutputTokens">Reply tokens per answer, the same for every path (checked).</param>
/// <param name="BareFirstToken">Bare Generator loop: chat template, encode, generator set-up, prefill, first token.</param>
/// <param name="ClientFirstToken">The keyed "local" IChatClient called directly with the same messages.</param>
/// <param name="FullFirstToken">AnswerService stream: retrieval (fixed hits), SK render and parse, chat client, first delta.</param>
/// <param name="Render">SK's prompt template rendering (from the trace), part of <paramref name="FullFirstToken"/>.</param>
public sealed record AnswerPathFigures(
    int Iterations,
    int InputTokens,
    int OutputTokens,
    TimeSpan BareFirstToken,
    TimeSpan BareTotal,
    TimeSpan ClientFirstToken,
    TimeSpan ClientTotal,
    TimeSpan FullFirstToken,
    TimeSpan FullTotal,
    TimeSpan Render)
{
    public double BareTokensPerSecond => OutputTokens / BareTotal.TotalSeconds;

    public double ClientTokensPerSecond => OutputTokens / ClientTotal.TotalSeconds;

    public double FullTokensPerSecond => OutputTokens / FullTotal.TotalSeconds;

    /// <summary>Full path throughput as a share of the bare loop's (end to end, first token included).</summary>
    public double ThroughputRatio => FullTokensPerSecond / BareTokensPerSecond;

    /// <summary>The same after the first token: the steady streaming rate.</summary>
    public double DecodeRatio => Decode(FullTotal, FullFirstToken) / Decode(BareTotal, BareFirstToken);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        {Iterations} iterations, {InputTokens} prompt tokens, {OutputTokens} reply tokens (medians)
          bare Generator loop:  first token {BareFirstToken.TotalMilliseconds,6:F2} ms, total {BareTotal.TotalMilliseconds,6:F2} ms, {BareTokensPerSecond,6:F0} tok/s end to end, {Decode(BareTotal, BareFirstToken),6:F0} tok/s after the first
          IChatClient direct:   first token {ClientFirstToken.TotalMilliseconds,6:F2} ms, total {ClientTotal.TotalMilliseconds,6:F2} ms, {ClientTokensPerSecond,6:F0} tok/s end to end, {Decode(ClientTotal, ClientFirstToken),6:F0} tok/s after the first
          AnswerService stream: first token {FullFirstToken.TotalMilliseconds,6:F2} ms, total {FullTotal.TotalMilliseconds,6:F2} ms, {FullTokensPerSecond,6:F0} tok/s end to end, {Decode(FullTotal, FullFirstToken),6:F0} tok/s after the first
          full/bare: {ThroughputRatio:F2}x end to end, {DecodeRatio:F2}x after the first token; first token +{(FullFirstToken - BareFirstToken).TotalMilliseconds:F2} ms (+{(ClientFirstToken - BareFirstToken).TotalMilliseconds:F2} ms in the chat client, +{(FullFirstToken - ClientFirstToken).TotalMilliseconds:F2} ms in SK and AnswerService, of which template rendering {Render.TotalMilliseconds:F3} ms)
        """);

    private double Decode(TimeSpan total, TimeSpan firstToken) => (OutputTokens - 1) / (total - firstToken).TotalSeconds;
}
