using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel.Data;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Answering.Search;

/// <summary>
/// Exposes the hybrid knowledge search to Semantic Kernel as an <see cref="ITextSearch{TRecord}"/> over
/// <see cref="SearchHit"/>, so it plugs into SK's text-search plugins and prompt templates. A filter comparing
/// <c>hit.Chunk.Domain</c> with a value is pushed down into the search; every filter is also applied to the hits.
/// </summary>
public sealed class KnowledgeTextSearch(IKnowledgeSearch search) : ITextSearch<SearchHit>
{
    // Extra candidates fetched when a filter could not be pushed down and may drop some hits.
    private const int FilterOverfetch = 4;

    public async Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions<SearchHit>? searchOptions = null, CancellationToken cancellationToken = default)
    {
        var hits = await RunAsync(query, searchOptions, cancellationToken);
        return new KernelSearchResults<string>(Enumerate(hits.Select(h => h.Chunk.Text), cancellationToken));
    }

    public async Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions<SearchHit>? searchOptions = null, CancellationToken cancellationToken = default)
    {
        var hits = await RunAsync(query, searchOptions, cancellationToken);
        return new KernelSearchResults<TextSearchResult>(Enumerate(hits.Select(ToResult), cancellationToken));
    }

    public async Task<KernelSearchResults<SearchHit>> GetSearchResultsAsync(string query, TextSearchOptions<SearchHit>? searchOptions = null, CancellationToken cancellationToken = default)
    {
        var hits = await RunAsync(query, searchOptions, cancellationToken);
        return new KernelSearchResults<SearchHit>(Enumerate(hits, cancellationToken));
    }

    /// <summary>Name = "title > section", Link = source (with #page=N for paged documents), Value = chunk text.</summary>
    public static TextSearchResult ToResult(SearchHit hit)
    {
        var citation = hit.Citation;
        var name = citation.Section is null ? citation.Title : $"{citation.Title} > {citation.Section}";
        var link = citation.Page is int page ? $"{citation.Source}#page={page}" : citation.Source;
        return new TextSearchResult(hit.Chunk.Text) { Name = name, Link = link };
    }

    private async Task<IReadOnlyList<SearchHit>> RunAsync(string query, TextSearchOptions<SearchHit>? options, CancellationToken cancellationToken)
    {
        options ??= new TextSearchOptions<SearchHit>();
        var domain = options.Filter is null ? null : DomainFilterFinder.Find(options.Filter.Body);
        var wanted = options.Top + options.Skip;
        var fetch = options.Filter is null || domain is not null ? wanted : wanted * FilterOverfetch;
        var hits = await search.SearchAsync(new SearchRequest(query, fetch, domain is null ? null : new SearchFilter(domain)), cancellationToken);
        IEnumerable<SearchHit> filtered = hits;
        if (options.Filter is not null)
        {
            filtered = hits.Where(options.Filter.Compile());
        }

        return filtered.Skip(options.Skip).Take(options.Top).ToList();
    }

    private static async IAsyncEnumerable<T> Enumerate<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }

    /// <summary>Finds <c>hit.Chunk.Domain == value</c> in a filter (also inside <c>&amp;&amp;</c>).</summary>
    private static class DomainFilterFinder
    {
        public static string? Find(Expression body) => body switch
        {
            BinaryExpression { NodeType: ExpressionType.AndAlso } and => Find(and.Left) ?? Find(and.Right),
            BinaryExpression { NodeType: ExpressionType.Equal } equal when IsDomain(equal.Left) => Evaluate(equal.Right),
            BinaryExpression { NodeType: ExpressionType.Equal } equal when IsDomain(equal.Right) => Evaluate(equal.Left),
            _ => null,
        };

        private static bool IsDomain(Expression expression) =>
            expression is MemberExpression { Member.Name: nameof(KnowledgeChunk.Domain), Expression: MemberExpression { Member.Name: nameof(SearchHit.Chunk) } };

        private static string? Evaluate(Expression expression) =>
            Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile()() as string;
    }
}
