using System.Text.Json;
using Microsoft.Playwright;

namespace SlmAssistant.Host.Tests.Browser;

/// <summary>What Web Chat shows, top to bottom: one entry per transcript activity, read from the DOM.</summary>
public static class WebChatTranscript
{
    private const string Script = """
        root => [...root.querySelectorAll('.webchat__basic-transcript__activity')].map(activity => {
          const bubble = activity.querySelector('.webchat__bubble');
          return {
            fromUser: !!bubble && bubble.classList.contains('webchat__bubble--from-user'),
            text: (bubble || activity).innerText.replace(/\s+/g, ' ').trim()
          };
        })
        """;

    public static async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(ILocator chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var json = await chat.EvaluateAsync<JsonElement>(Script);
        return json.EnumerateArray()
            .Select(e => new TranscriptEntry(e.GetProperty("fromUser").GetBoolean(), e.GetProperty("text").GetString() ?? string.Empty))
            .ToList();
    }

    /// <summary>A readable dump for assertion messages.</summary>
    public static string Describe(IEnumerable<TranscriptEntry> entries) =>
        string.Join("\n", entries.Select((e, i) => $"{i,2} {(e.FromUser ? "user" : "bot ")}: {Shorten(e.Text)}"));

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";
}

/// <summary>One activity as Web Chat renders it.</summary>
public sealed record TranscriptEntry(bool FromUser, string Text);
