// The benchmark's baseline: a bare React page with a TipTap StarterKit editor and nothing else.
// `#doc=NAME` loads /doc-NAME.json into it before it renders; without it the editor starts empty.
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { createRoot } from 'react-dom/client';

function Bare({ content }: { content: JSONContent | undefined }) {
  const editor = useEditor({ extensions: [StarterKit], content, immediatelyRender: true });
  return <EditorContent editor={editor} />;
}

async function start(): Promise<void> {
  const name = /#doc=([\w-]+)/.exec(location.hash)?.[1];
  const content = name ? ((await (await fetch(`/doc-${name}.json`)).json()) as JSONContent) : undefined;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Bare content={content} />);
}

void start();
