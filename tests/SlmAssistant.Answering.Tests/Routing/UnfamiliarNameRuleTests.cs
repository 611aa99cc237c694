using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Routing.Routing;
using SlmAssistant.TestKit;

namespace SlmAssistant.Answering.Tests.Routing;

/// <summary>
/// The router's rule that a name the knowledge never mentions is another organisation, on the real exemplars, places
/// file and domain profiles: brands of what the customer bought, our own organisations' product names and towns
/// written with their country are not; well-known organisations count however they are written.
/// </summary>
public sealed class UnfamiliarNameRuleTests
{
    [Theory]
    [InlineData("What is Costco's return policy on TVs?", "Costco")]
    [InlineData("Does United Airlines refund checked bag fees?", "United Airlines")]
    [InlineData("I bought a tent, does Walmart take it back?", "Walmart")]
    [InlineData("how long does costco give you to return a tv", "costco")]
    [InlineData("Walmart holiday return deadline this year?", "Walmart")]
    [InlineData("Delta's refund policy for a canceled flight", "Delta")]
    [InlineData("bank of america dispute a charge how long does it take", "bank of america")]
    public async Task AnotherOrganisationIsNamed(string question, string name)
    {
        await using var services = Create();

        var signals = await services.GetRequiredService<ScopeRouter>().GatherAsync(question, SampleHits.ReturnPolicy);

        Assert.Equal(name, signals.UnfamiliarName);
    }

    [Theory]
    [InlineData("My $18 Nalgene bottle showed up cracked. Do I need to mail it back?")]
    [InlineData("ordered Smartwool socks in blue and got grey ones instead, how long do i have?")]
    [InlineData("How much is Brightlane Business per user if we pay month to month?")]
    [InlineData("I'm in Manchester, UK. Is the return shipping on me or on you?")]
    [InlineData("what's my target date for the refund to show up?")]
    [InlineData("how long till a refund shows up on my amex after you process it")]
    public async Task WhatWasBoughtOurOwnNamesAndTownsAreNot(string question)
    {
        await using var services = Create();

        var signals = await services.GetRequiredService<ScopeRouter>().GatherAsync(question, SampleHits.ReturnPolicy);

        Assert.Null(signals.UnfamiliarName);
    }

    private static ServiceProvider Create()
    {
        var values = new Dictionary<string, string?>
        {
            ["Routing:ExemplarsDirectory"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "exemplars"),
            ["Routing:PlacesFile"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "places.txt"),
            ["Routing:OrganisationsFile"] = Path.Combine(RepositoryPaths.Plugins, "Scope", "organisations.txt"),
        };
        return AnsweringServices.Create(model: null, new FixedKnowledgeSearch(SampleHits.ReturnPolicy), values, services =>
        {
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, ArcticXsEmbeddings>();
            services.AddSingleton<IKnowledgeVocabulary>(new FixedVocabulary("return", "policy", "bottle", "socks"));
            services.AddSlmScopeRouting();
        });
    }
}
