using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Cli.FineTuning;
using SlmAssistant.Cli.Infrastructure;
using SlmAssistant.TestKit;

namespace SlmAssistant.Host.Tests.FineTuning;

/// <summary>
/// `slm finetune dataset` on the repository's return-policy documents and conversations kept by the real conversation
/// store: the offline writer's questions, the split by document, conversation turns with their secrets removed, and
/// the files as TRL reads them.
/// </summary>
public sealed class FineTuneDatasetTests(ReturnPolicyStore knowledge) : IClassFixture<ReturnPolicyStore>
{
    private const string Domain = "return-policy";
    private const string Card = "4111 1111 1111 1111";
    private const string Email = "alex.morgan@example.com";
    private const string Phone = "617-555-0199";
    private const string LikedQuestion = "how many days do I have to bring back tents, backpacks and sleeping bags?";

    [Fact]
    public async Task TheOfflineWriterAsksAtLeastThreeQuestionsOfEveryChunkAndTheirChunkRanksFirstForNineInTen()
    {
        await using var services = CliServices.Create(knowledge.DataDirectory);
        var store = services.GetRequiredService<IKnowledgeStore>();
        var chunks = new List<KnowledgeChunk>();
        foreach (var document in await store.ListDocumentsAsync(new SearchFilter(Domain)))
        {
            chunks.AddRange(await store.GetChunksAsync(document.Id));
        }

        var sentences = await store.GetSentencesAsync(chunks.Select(c => c.Id).ToList());
        var writer = new SyntheticQuestions(sentences.Values.SelectMany(s => s).Select(s => s.Text));
        var counts = chunks.Select(c => writer.For(c, sentences.GetValueOrDefault(c.Id) ?? []).Count).ToList();

        var dataset = await Build(services);

        Assert.True(counts.Count(n => n >= 3) >= 0.9 * chunks.Count, $"{counts.Count(n => n >= 3)} of {chunks.Count} chunks have 3 questions");
        Assert.True(dataset.Statistics.SyntheticRankedFirstShare >= 0.9, $"ranked first: {dataset.Statistics.SyntheticRankedFirstShare:P1}");
        Assert.All(dataset.Train.Concat(dataset.Validation).Where(e => e.Origin == FineTuneExample.Synthetic), example =>
            Assert.Matches(@"\[\d\]$", example.Messages[^1].Content));
    }

    [Fact]
    public async Task NoDocumentHasExamplesInBothSplits()
    {
        await using var services = CliServices.Create(knowledge.DataDirectory);

        var dataset = await Build(services);

        var train = dataset.Train.Select(e => e.Document).ToHashSet();
        var validation = dataset.Validation.Select(e => e.Document).ToHashSet();
        Assert.NotEmpty(train);
        Assert.NotEmpty(validation);
        Assert.Empty(train.Intersect(validation));
        Assert.Equal(dataset.ValidationDocuments, validation);
    }

    [Fact]
    public async Task EscalatedLikedAndAbstainedTurnsBecomeExamplesWithoutTheCustomersSecretsAndDislikedOnesDoNot()
    {
        using var output = new TempDirectory("slm-finetune-out");
        await using (var services = CliServices.Create(knowledge.DataDirectory))
        {
            await SeedConversationAsync(services.GetRequiredService<IConversationStore>(), services.GetRequiredService<IKnowledgeSearch>());
            var dataset = await Build(services);
            await FineTuneDatasetWriter.WriteAsync(dataset, new FineTuneDatasetOptions(Domain), output.Path);
            var all = dataset.Train.Concat(dataset.Validation).ToList();

            Assert.Contains(all, e => e.Origin == FineTuneExample.Escalation && e.Messages[^1].Content.Contains("60 days", StringComparison.Ordinal));
            Assert.Contains(all, e => e.Origin == FineTuneExample.Unanswerable && e.Messages[^1].Content == "NOT_FOUND");
            Assert.Contains(all, e => e.Origin == FineTuneExample.Liked && e.Messages[^1].Content.Contains("[1]", StringComparison.Ordinal));
            Assert.DoesNotContain(all, e => e.Question.Contains("worst answer", StringComparison.Ordinal));
        }

        foreach (var file in Directory.EnumerateFiles(output.Path))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(Card, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCommandWritesChatLinesTrlReadsAndACardWhoseHashesAreTheFiles()
    {
        using var output = new TempDirectory("slm-finetune-cli");

        await CliProcess.RunAsync(["finetune", "dataset", "--domain", Domain, "--out", output.Path, "--data", knowledge.DataDirectory, "--json"]);

        using var card = JsonDocument.Parse(await File.ReadAllTextAsync(output.Combine(FineTuneDatasetWriter.CardFile)));
        foreach (var name in new[] { FineTuneDatasetWriter.TrainFile, FineTuneDatasetWriter.ValidationFile })
        {
            var bytes = await File.ReadAllBytesAsync(output.Combine(name));
            var entry = card.RootElement.GetProperty("files").GetProperty(name);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.GetProperty("sha256").GetString());
            var lines = (await File.ReadAllLinesAsync(output.Combine(name))).Where(l => l.Length > 0).ToList();
            Assert.Equal(entry.GetProperty("examples").GetInt32(), lines.Count);
            foreach (var line in lines)
            {
                using var example = JsonDocument.Parse(line);
                var roles = example.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()).ToList();
                Assert.Equal(["system", "user", "assistant"], roles);
                Assert.StartsWith("return-policy/", example.RootElement.GetProperty("document").GetString(), StringComparison.Ordinal);
            }
        }
    }

    private static Task<FineTuneDataset> Build(ServiceProvider services) =>
        ActivatorUtilities.CreateInstance<FineTuneDatasetBuilder>(services)
            .BuildAsync(new FineTuneDatasetOptions(Domain) { PluginsDirectory = RepositoryPaths.Plugins });

    // Answers as the bot keeps them: a liked one cites the passage retrieval gives for its question, as answers do.
    private static async Task SeedConversationAsync(IConversationStore store, IKnowledgeSearch search)
    {
        var conversation = $"ft-{Guid.NewGuid():N}";
        await store.EnsureConversationAsync(conversation, ConversationOrigin.Messages, "webchat", Domain, "user-1");
        var at = DateTimeOffset.Parse("2026-11-02T10:00:00Z", CultureInfo.InvariantCulture);
        var windows = (await search.SearchAsync(new SearchRequest(LikedQuestion, 4, new SearchFilter(Domain))))[0].Citation;
        await store.SaveAnswerAsync(new AnswerRecord(
            "a-cloud", conversation, null, $"my card is {Card}, mail {Email}, phone {Phone}: how long can I return an unused tent?",
            "Unused outdoor gear such as tents can be returned within 60 days.", "cloud", "cloud", null, 0.8, true, [], at));
        await store.SaveAnswerAsync(new AnswerRecord(
            "a-none", conversation, null, "do you sell fishing licences at the Boston store?",
            "I don't know the answer to that from our documents.", "local", "extractive", Domain, 0.4, false, [], at.AddMinutes(1)));
        await store.SaveAnswerAsync(new AnswerRecord(
            "a-liked", conversation, null, LikedQuestion, "Tents, backpacks and sleeping bags can be returned within 60 days when unused [1].",
            "local", "extractive", Domain, 0.9, true, [windows], at.AddMinutes(2)));
        await store.SaveFeedbackAsync(new FeedbackRecord(conversation, "a-liked", null, "like", null, at.AddMinutes(3)));
        await store.SaveAnswerAsync(new AnswerRecord(
            "a-bad", conversation, null, "worst answer ever about the refund of gift cards, how long?",
            "Refunds take 3 days [1].", "local", "extractive", Domain, 0.7, true, [windows], at.AddMinutes(4)));
        await store.SaveFeedbackAsync(new FeedbackRecord(conversation, "a-bad", null, "dislike", null, at.AddMinutes(5)));
    }
}
