package com.siglume.sdrp.spring.ai.test;

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
public final class ScriptedChatModel implements ChatModel {

    private final Deque<Function<Prompt, AssistantMessage>> steps = new ConcurrentLinkedDeque<>();
    private final List<Prompt> prompts = new ArrayList<>();

    /**
     * Creates the model.
     *
     * @param steps the answers, in order; one more call than steps fails the test
     */
    @SafeVarargs
    public ScriptedChatModel(Function<Prompt, AssistantMessage>... steps) {
        this.steps.addAll(List.of(steps));
    }

    /**
     * A step asking for one tool call.
     *
     * @param id the tool call id
     * @param tool the tool's name
     * @param arguments the call's JSON arguments, from the prompt so far
     * @return the step
     */
    public static Function<Prompt, AssistantMessage> callTool(String id, String tool,
            Function<Prompt, String> arguments) {
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

    /**
     * Returns the prompts the model was called with.
     *
     * @return the prompts, in order
     */
    public synchronized List<Prompt> prompts() {
        return List.copyOf(prompts);
    }
}
