using System.Globalization;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Admin.Infrastructure;

/// <summary>How the pages show sizes, times, scores and states.</summary>
public static class Display
{
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    public static string Time(DateTimeOffset? time) =>
        time is DateTimeOffset t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string IsoTime(DateTimeOffset? time) =>
        time is DateTimeOffset t ? t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : string.Empty;

    public static string Score(double? score, string format = "0.000") =>
        score is double s ? s.ToString(format, CultureInfo.InvariantCulture) : "—";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string Money(decimal usd) => usd.ToString(usd < 10 ? "$0.00##" : "$#,0.00", CultureInfo.InvariantCulture);

    public static string Invariant(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The CSS modifier of a status badge (ready, failed, processing steps, queued, routes).</summary>
    public static string Badge(string? state) => state switch
    {
        IngestionSteps.Ready or "local" or "like" or "ingested" => "ok",
        IngestionSteps.Failed or "dislike" or "safety" or "sign-in-failed" or "upload-rejected" => "bad",
        IngestionSteps.Queued => "idle",
        "cloud" => "warn",
        "handoff" or "smalltalk" => "info",
        IngestionSteps.Extracting or IngestionSteps.Chunking or IngestionSteps.Embedding or IngestionSteps.Indexing or "processing" => "busy",
        _ => "idle",
    };
}
