using System.Text.Json.Serialization;

namespace SlmAssistant.Abstractions.Answers;

/// <summary>How a turn is handled. Its wire name (JSON, the stores, telemetry) is the lower-case word: "local" ….</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Route>))]
public enum Route
{
    /// <summary>Answered from the knowledge on this machine.</summary>
    [JsonStringEnumMemberName("local")]
    Local,

    /// <summary>Out of scope: escalated to the cloud model (redacted), or the polite local reply when it is off.</summary>
    [JsonStringEnumMemberName("cloud")]
    Cloud,

    /// <summary>An emergency: the fixed safety message, no model.</summary>
    [JsonStringEnumMemberName("safety")]
    Safety,

    /// <summary>The customer asked for a person.</summary>
    [JsonStringEnumMemberName("handoff")]
    Handoff,

    /// <summary>Greetings, thanks, goodbyes.</summary>
    [JsonStringEnumMemberName("smalltalk")]
    Smalltalk,
}
