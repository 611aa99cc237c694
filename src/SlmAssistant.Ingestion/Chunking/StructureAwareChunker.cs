using System.Text;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Documents;

namespace SlmAssistant.Ingestion.Chunking;

/// <summary>
/// Structure-aware chunking: blocks are grouped by section (chunks never span a change of section path), split into
/// sentences and packed up to <see cref="ChunkingOptions.MaxTokens"/>, counted with the embedding model's tokenizer over
/// <see cref="ChunkDraft.EmbeddingText"/>. Every chunk is measured again once composed, so the budget holds exactly.
/// </summary>
public sealed class StructureAwareChunker : IChunker
{
    private readonly ITokenCounter _counter;
    private readonly ChunkingOptions _options;
    private readonly int _specialTokens;

    public StructureAwareChunker(ITokenCounter counter, IOptions<ChunkingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(counter);
        ArgumentNullException.ThrowIfNull(options);
        _counter = counter;
        _options = options.Value;
        _options.EnsureValid();
        _specialTokens = counter.CountTokens(string.Empty);
    }

    public IReadOnlyList<ChunkDraft> Chunk(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var drafts = new List<ChunkDraft>();
        foreach (var section in Sections(document.Blocks))
        {
            var heading = new ChunkHeading(_counter, _options.MaxTokens / 2).Fit(document.Title, section[0].SectionPath);
            var budget = _options.MaxTokens - _counter.CountTokens(ChunkDraft.ComposeEmbeddingText(heading.Title, heading.Path, string.Empty));
            var splitter = new OverlongSentenceSplitter(Cost, budget);
            var units = Units(section, splitter).ToList();
            foreach (var packed in new SectionPacker(budget, _options.OverlapTokens).Pack(units))
            {
                foreach (var fitted in FitExactly(packed, heading))
                {
                    var text = Compose(fitted);
                    var tokens = _counter.CountTokens(ChunkDraft.ComposeEmbeddingText(heading.Title, heading.Path, text));
                    drafts.Add(new ChunkDraft(drafts.Count, text, heading.Title, heading.Path, fitted[0].Page, tokens)
                    {
                        Sentences = fitted.Select(unit => unit.Text).ToList(),
                    });
                }
            }
        }

        return drafts;
    }

    private int Cost(string text) => Math.Max(0, _counter.CountTokens(text) - _specialTokens);

    private static IEnumerable<List<ExtractedBlock>> Sections(IReadOnlyList<ExtractedBlock> blocks)
    {
        var section = new List<ExtractedBlock>();
        foreach (var block in blocks)
        {
            if (section.Count > 0 && !section[0].SectionPath.SequenceEqual(block.SectionPath, StringComparer.Ordinal))
            {
                yield return section;
                section = [];
            }

            section.Add(block);
        }

        if (section.Count > 0)
        {
            yield return section;
        }
    }

    private IEnumerable<TextUnit> Units(List<ExtractedBlock> section, OverlongSentenceSplitter splitter)
    {
        for (var b = 0; b < section.Count; b++)
        {
            var first = true;
            foreach (var (sentence, joiner) in SentenceSplitter.Split(section[b].Text))
            {
                var unit = new TextUnit(sentence, first ? "\n" : joiner, b, section[b].Page, Cost(sentence));
                foreach (var piece in splitter.Split(unit))
                {
                    yield return piece;
                }

                first = false;
            }
        }
    }

    /// <summary>
    /// The packer adds sentence costs; a tokenizer whose counts are not additive could overshoot, so each composed chunk
    /// is counted for real and halved until it fits.
    /// </summary>
    private IEnumerable<List<TextUnit>> FitExactly(List<TextUnit> units, ChunkHeading.Fitted heading)
    {
        var tokens = _counter.CountTokens(ChunkDraft.ComposeEmbeddingText(heading.Title, heading.Path, Compose(units)));
        if (tokens <= _options.MaxTokens)
        {
            yield return units;
            yield break;
        }

        var halves = units.Count > 1
            ? [units[..(units.Count / 2)], units[(units.Count / 2)..]]
            : OverlongSentenceSplitter.Halve(units[0]).Select(piece => new List<TextUnit> { piece }).ToList();
        foreach (var half in halves)
        {
            foreach (var fitted in FitExactly(half, heading))
            {
                yield return fitted;
            }
        }
    }

    private static string Compose(List<TextUnit> units)
    {
        var builder = new StringBuilder();
        foreach (var unit in units)
        {
            builder.Append(builder.Length == 0 ? string.Empty : unit.Joiner).Append(unit.Text);
        }

        return builder.ToString();
    }
}
