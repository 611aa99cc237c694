// Drives the host's OpenAI-compatible endpoint with the official openai npm client, as another app would:
// lists the models, asks for a chat completion (plain, then streamed) and for embeddings (the client's default base64
// and float). Prints one JSON object with what it got; any client error exits non-zero with its message.
// Environment: OPENAI_BASE_URL (http://127.0.0.1:PORT/v1), OPENAI_API_KEY, CHAT_MODEL, EMBEDDING_MODEL.
import OpenAI from "openai";

const client = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL, apiKey: process.env.OPENAI_API_KEY, timeout: 60_000, maxRetries: 0 });
const chatModel = process.env.CHAT_MODEL;
const embeddingModel = process.env.EMBEDDING_MODEL;
const messages = [
  { role: "system", content: "You are a helpful assistant." },
  { role: "user", content: "Say hello." },
];

const models = [];
for await (const model of client.models.list()) {
  models.push(model.id);
}

const completion = await client.chat.completions.create({ model: chatModel, messages, max_tokens: 64, temperature: 0 });

const stream = await client.chat.completions.create({ model: chatModel, messages, max_tokens: 64, stream: true, stream_options: { include_usage: true } });
let streamed = "";
let chunks = 0;
let streamFinish = null;
let streamUsage = null;
for await (const chunk of stream) {
  chunks++;
  const choice = chunk.choices[0];
  streamed += choice?.delta?.content ?? "";
  streamFinish = choice?.finish_reason ?? streamFinish;
  streamUsage = chunk.usage ?? streamUsage;
}

const base64 = await client.embeddings.create({ model: embeddingModel, input: ["How do I return an item?", "Opening hours"] });
const floats = await client.embeddings.create({ model: embeddingModel, input: "How do I return an item?", encoding_format: "float" });

let unauthorized = null;
try {
  await new OpenAI({ baseURL: process.env.OPENAI_BASE_URL, apiKey: "wrong-key", maxRetries: 0 }).models.list();
} catch (error) {
  unauthorized = { status: error.status, code: error.code, type: error.type };
}

console.log(JSON.stringify({
  models,
  completion: { text: completion.choices[0].message.content, finish: completion.choices[0].finish_reason, usage: completion.usage, model: completion.model },
  stream: { text: streamed, chunks, finish: streamFinish, usage: streamUsage },
  embeddings: {
    count: base64.data.length,
    dimensions: base64.data.map((item) => item.embedding.length),
    usage: base64.usage,
    first: base64.data[0].embedding.slice(0, 8),
    float: floats.data[0].embedding.slice(0, 8),
  },
  unauthorized,
}));
