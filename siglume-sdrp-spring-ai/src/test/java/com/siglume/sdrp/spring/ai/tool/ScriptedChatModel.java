package com.siglume.sdrp.spring.ai.tool;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * A chat model without a model: each call answers with the next scripted step, which sees the
 * prompt (and so the results of the tools it asked for before). Records every prompt.
 */
final class ScriptedChatModel implements ChatModel {

    private final Deque<Function<Prompt, AssistantMessage>> steps = new ConcurrentLinkedDeque<>();
    private final List<Prompt> prompts = new ArrayList<>();

    @SafeVarargs
    ScriptedChatModel(Function<Prompt, AssistantMessage>... steps) {
        this.steps.addAll(List.of(steps));
    }

    /** A step asking for one tool call. */
    static Function<Prompt, AssistantMessage> callTool(String id, String tool, Function<Prompt, String> arguments) {
        return prompt -> AssistantMessage.builder()
                .toolCalls(List.of(new AssistantMessage.ToolCall(id, "function", tool, arguments.apply(prompt))))
                .build();
    }

    @Override
    public synchronized ChatResponse call(Prompt prompt) {
        prompts.add(prompt);
        Function<Prompt, AssistantMessage> step = steps.poll();
        if (step == null) {
            throw new AssertionError("the model was called more often than scripted");
        }
        return new ChatResponse(List.of(new Generation(step.apply(prompt))));
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().build();
    }

    synchronized List<Prompt> prompts() {
        return List.copyOf(prompts);
    }
}
