import { CodeExampleBlock } from './code-example-block';
import { codeExamples } from './examples';
import type { CodeExample } from './examples';

interface QuestionGroup {
  id: string;
  question: string;
  examples: CodeExample[];
}

function groupByQuestion(examples: CodeExample[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const example of examples) {
    const group = groups.get(example.questionId) ?? {
      id: example.questionId,
      question: example.question,
      examples: [],
    };
    groups.set(example.questionId, { ...group, examples: [...group.examples, example] });
  }
  return [...groups.values()];
}

/** The examples to copy, one section per question, each in curl, Python and R. */
export function ExamplesSection() {
  // The page's own origin, so an example copied from any deployment asks that deployment.
  const questions = groupByQuestion(codeExamples(window.location.origin));
  return (
    <>
      <h2 className="nhsuk-heading-m">Examples</h2>
      <p>
        Each example reads the files of this site and runs as shown: in a terminal with curl, in
        Python with pandas, or in R with no extra packages.
      </p>
      {questions.map((group) => (
        <section key={group.id} aria-labelledby={`example-${group.id}`}>
          <h3 className="nhsuk-heading-s" id={`example-${group.id}`}>
            {group.question}
          </h3>
          {group.examples.map((example) => (
            <CodeExampleBlock key={example.id} example={example} />
          ))}
        </section>
      ))}
    </>
  );
}
