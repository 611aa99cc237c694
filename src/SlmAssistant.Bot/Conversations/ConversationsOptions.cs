using System.ComponentModel.DataAnnotations;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// What the conversation store keeps, and for how long. Transcripts, answers, feedback and handoff summaries are always
/// stored redacted (<see cref="TranscriptRedactor"/>). Bound from the "Conversations" section.
/// </summary>
public sealed class ConversationsOptions
{
    public const string SectionName = "Conversations";

    /// <summary>Transcripts, answers and feedback older than this are deleted by the retention job (and by `slm conversations purge`).</summary>
    [Range(1, 36_500)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the retention job runs (it also runs once at start).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "7.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Also keep the original (unredacted) texts, encrypted with ASP.NET Core Data Protection (key ring in the data
    /// directory's keys/ folder), for <see cref="OriginalsRetentionDays"/>. Off by default.
    /// </summary>
    public bool KeepOriginals { get; set; }

    /// <summary>How long encrypted originals are kept; never longer than the transcripts themselves.</summary>
    [Range(1, 36_500)]
    public int OriginalsRetentionDays { get; set; } = 7;
}
