using System.Security.Cryptography;
using System.Text;

namespace SlmAssistant.Routing.Ledger;

/// <summary>Lets the ledger count repeated questions without keeping their text.</summary>
internal static class QuestionHash
{
    public static string Of(string question)
    {
        var normalized = string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
