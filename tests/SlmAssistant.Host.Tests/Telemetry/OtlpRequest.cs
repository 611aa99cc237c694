using System.Text;

namespace SlmAssistant.Host.Tests.Telemetry;

/// <summary>One export an OTLP/HTTP client posted: the signal's path and the protobuf body.</summary>
public sealed record OtlpRequest(string Path, string? ContentType, byte[] Body)
{
    /// <summary>Protobuf writes strings as UTF-8 bytes, so a span or metric name shows in the body as it is.</summary>
    public bool Mentions(string text) => Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
