using SlmAssistant.Routing.Scope;

namespace SlmAssistant.TestKit.Scope;

/// <summary>A small labelled set written for the tests: three customer-service intents of a web shop.</summary>
public static class ShopExemplars
{
    public static IReadOnlyList<LabeledText> All { get; } =
    [
        new("How much do I owe on my latest invoice?", "billing"),
        new("Can I pay my bill with a credit card?", "billing"),
        new("Why was I charged twice this month?", "billing"),
        new("When is my payment due?", "billing"),
        new("Where is my package right now?", "shipping"),
        new("How long does delivery usually take?", "shipping"),
        new("Do you ship to other countries?", "shipping"),
        new("Can I change the delivery address of my order?", "shipping"),
        new("How do I return an item I bought?", "returns"),
        new("Can I get my money back for a purchase?", "returns"),
        new("How many days do I have to send something back?", "returns"),
        new("Do I need the receipt to exchange a product?", "returns"),
    ];
}
