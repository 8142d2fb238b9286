// The body as a list of blocks (标题, 段落, 图片, 引用, 列表, 视频, 展品), each with 上移 / 下移 / 删除 and an 添加 menu
// after it. Formatted text pasted in the browser goes through the server's sanitiser (previewRichText) and comes
// back as blocks, so only what the allow-list permits ever enters the body.
import { Text, View } from '@tarojs/components';
import { CONTENT_BLOCK_KIND_LABELS, type ContentBlock, EDITOR_BLOCK_KINDS } from '@zz/shared/content/blocks';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { PickerField } from '../../../components/form/PickerField';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextArea, TextField } from '../../../components/form/TextField';
import { describeFailure, send } from '../../../graphql/client';
import { useQuery } from '../../../graphql/use-query';
import {
  StudioExhibitChoicesDocument,
  StudioOnlineExhibitionsDocument,
  StudioPreviewRichTextDocument,
} from '../graphql';
import { Chips } from '../ui/Chips';
import {
  type EditorBlock,
  editorBlocksOfServer,
  emptyBlock,
  htmlOfPlainText,
  moveItem,
  withText,
} from './editor-blocks';
import { ImagePick } from './ImagePick';

const KIND_OPTIONS = EDITOR_BLOCK_KINDS.map((kind) => ({ value: kind, label: CONTENT_BLOCK_KIND_LABELS[kind] }));

export interface BlockEditorProps {
  blocks: readonly EditorBlock[];
  onChange: (blocks: EditorBlock[]) => void;
}

export function BlockEditor({ blocks, onChange }: BlockEditorProps) {
  /** Where the 添加 menu is open: after the block at this index (-1: at the start). */
  const [adding, setAdding] = useState<number | null>(null);

  const replace = (index: number, item: EditorBlock) => onChange(blocks.map((b, i) => (i === index ? item : b)));
  const insertAfter = (index: number, items: EditorBlock[]) =>
    onChange([...blocks.slice(0, index + 1), ...items, ...blocks.slice(index + 1)]);

  return (
    <View className="studio-blocks" data-testid="studio-blocks">
      {blocks.length === 0 ? <Text className="staff-hint">正文还是空的：点「添加」加入段落、图片等内容。</Text> : null}
      <AddMenu
        open={adding === -1}
        onOpen={() => setAdding(adding === -1 ? null : -1)}
        onPick={(kind) => {
          insertAfter(-1, [emptyBlock(kind)]);
          setAdding(null);
        }}
      />
      {blocks.map((item, index) => (
        <View key={item.key}>
          <View className="zz-card studio-block" data-testid="studio-block" data-kind={item.block.kind}>
            <View className="studio-block__head">
              <Text className="studio-block__kind">
                {index + 1}. {CONTENT_BLOCK_KIND_LABELS[item.block.kind]}
              </Text>
              <View className="studio-block__tools">
                <Text
                  className="studio-block__tool studio-block__up"
                  onClick={() => onChange(moveItem(blocks, index, -1))}
                >
                  上移
                </Text>
                <Text
                  className="studio-block__tool studio-block__down"
                  onClick={() => onChange(moveItem(blocks, index, 1))}
                >
                  下移
                </Text>
                <Text
                  className="studio-block__tool studio-block__delete"
                  onClick={() => onChange(blocks.filter((_, i) => i !== index))}
                >
                  删除
                </Text>
              </View>
            </View>
            <BlockFields item={item} onChange={(next) => replace(index, next)} />
          </View>
          <AddMenu
            open={adding === index}
            onOpen={() => setAdding(adding === index ? null : index)}
            onPick={(kind) => {
              insertAfter(index, [emptyBlock(kind)]);
              setAdding(null);
            }}
          />
        </View>
      ))}
      <PasteBox onBlocks={(pasted) => onChange([...blocks, ...pasted])} />
    </View>
  );
}

function AddMenu(props: {
  open: boolean;
  onOpen: () => void;
  onPick: (kind: (typeof EDITOR_BLOCK_KINDS)[number]) => void;
}) {
  return (
    <View className="studio-add">
      <Text className="studio-add__toggle" onClick={props.onOpen}>
        {props.open ? '收起' : '＋ 添加'}
      </Text>
      {props.open ? (
        <Chips options={KIND_OPTIONS} selected={[]} onToggle={props.onPick} className="studio-add__kinds" />
      ) : null}
    </View>
  );
}

function BlockFields({ item, onChange }: { item: EditorBlock; onChange: (item: EditorBlock) => void }) {
  const b = item.block;
  const set = (block: ContentBlock) => onChange({ ...item, block });
  switch (b.kind) {
    case 'HEADING':
      return (
        <>
          <Chips
            options={[
              { value: 2, label: '大标题' },
              { value: 3, label: '小标题' },
            ]}
            selected={[b.level]}
            onToggle={(level) => set({ ...b, level })}
          />
          <TextField
            value={b.text}
            placeholder="小节标题"
            maxlength={60}
            onChange={(text) => set({ ...b, text })}
            className="studio-block__text"
          />
        </>
      );
    case 'PARAGRAPH':
    case 'QUOTE':
      return (
        <TextArea
          value={item.text}
          size="lg"
          maxlength={-1}
          placeholder={b.kind === 'QUOTE' ? '引用的文字' : '段落文字；换行会保留'}
          onChange={(text) => onChange(withText(item, text))}
          className="studio-block__text"
        />
      );
    case 'LIST':
      return (
        <>
          <SwitchField label="编号列表" checked={b.ordered} onChange={(ordered) => set({ ...b, ordered })} />
          <TextArea
            value={item.text}
            maxlength={-1}
            placeholder="每行一项"
            onChange={(text) => onChange(withText(item, text))}
            className="studio-block__text"
          />
        </>
      );
    case 'IMAGE':
      return (
        <>
          <ImagePick
            src={b.src}
            label="图片"
            onUploaded={(image) => set({ ...b, src: image.url, width: image.width, height: image.height })}
          />
          <TextField
            label="图片说明"
            value={b.caption}
            maxlength={120}
            placeholder="显示在图片下方（可不填）"
            onChange={(caption) => set({ ...b, caption })}
            className="studio-block__caption"
          />
          <TextField
            label="替代文字"
            value={b.alt}
            maxlength={120}
            placeholder="读屏软件朗读的图片内容"
            onChange={(alt) => set({ ...b, alt })}
            className="studio-block__alt"
          />
        </>
      );
    case 'VIDEO':
      return (
        <>
          <TextField
            label="视频地址"
            value={b.src}
            maxlength={500}
            placeholder="https://…mp4"
            onChange={(src) => set({ ...b, src: src.trim() })}
            className="studio-block__video"
            error={b.src && !/^https:\/\//.test(b.src) && !b.src.startsWith('/media/') ? '须以 https:// 开头' : null}
          />
          <ImagePick
            src={b.poster ?? ''}
            label="封面（可不传）"
            onUploaded={(image) => set({ ...b, poster: image.url })}
            onClear={b.poster ? () => set({ ...b, poster: null }) : undefined}
          />
          <TextField
            label="视频说明"
            value={b.caption}
            maxlength={120}
            onChange={(caption) => set({ ...b, caption })}
          />
        </>
      );
    case 'EXHIBIT':
      return (
        <>
          <ExhibitPicker value={b.exhibitId} onChange={(exhibitId) => set({ ...b, exhibitId })} />
          <TextField label="说明" value={b.caption} maxlength={120} onChange={(caption) => set({ ...b, caption })} />
        </>
      );
    case 'TABLE':
      // Tables arrive only by pasting; shown as they are, kept or deleted whole.
      return (
        <Text className="staff-hint">
          表格（{b.header.length ? `${b.header.length} 列，` : ''}
          {b.rows.length} 行）：粘贴而来，可在预览中查看。
        </Text>
      );
  }
}

/** An exhibit from one of the staff's online exhibitions, or its id typed in. */
function ExhibitPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const exhibitions = useQuery(StudioOnlineExhibitionsDocument, {});
  const [exhibitionId, setExhibitionId] = useState('');
  const exhibits = useQuery(StudioExhibitChoicesDocument, { id: exhibitionId }, { skip: !exhibitionId });
  const exhibitionOptions =
    exhibitions.state.status === 'success'
      ? [
          { value: '', label: '选择网上展厅' },
          ...exhibitions.state.data.studioOnlineExhibitions.map((e) => ({ value: e.id, label: e.title })),
        ]
      : [{ value: '', label: exhibitions.state.status === 'failure' ? '展厅列表加载失败' : '正在加载展厅…' }];
  const exhibitOptions =
    exhibits.state.status === 'success' && exhibits.state.data.studioOnlineExhibition
      ? [
          { value: '', label: '选择展品' },
          ...exhibits.state.data.studioOnlineExhibition.exhibits.map((e) => ({ value: e.id, label: e.title })),
        ]
      : null;
  return (
    <>
      <PickerField label="网上展厅" value={exhibitionId} options={exhibitionOptions} onChange={setExhibitionId} />
      {exhibitOptions ? (
        <PickerField
          label="展品"
          value={value}
          options={exhibitOptions}
          onChange={onChange}
          className="studio-exhibit"
        />
      ) : null}
      <TextField
        label="展品编号"
        value={value}
        maxlength={40}
        placeholder="选择展品，或直接填写编号"
        onChange={(id) => onChange(id.trim())}
        className="studio-block__exhibit-id"
      />
    </>
  );
}

/**
 * 粘贴排版文字: in the browser a paste carries the copied page's HTML, which the server's sanitiser turns into
 * blocks (scripts, styles, frames and mini-program tags never survive). Without HTML (or in the mini-program,
 * whose clipboard is text only) the text becomes paragraphs, one per blank-line-separated run.
 */
function PasteBox({ onBlocks }: { onBlocks: (blocks: EditorBlock[]) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const box = useRef<{ addEventListener?: HTMLElement['addEventListener'] } | null>(null);
  const latest = useRef(onBlocks);
  latest.current = onBlocks;

  async function convert(html: string) {
    if (!html.trim()) return;
    setPending(true);
    setMessage(null);
    const result = await send(StudioPreviewRichTextDocument, { html });
    setPending(false);
    if (!result.ok) return setMessage(describeFailure(result.failure));
    const blocks = editorBlocksOfServer(result.data.previewRichText);
    if (blocks.length === 0) return setMessage('粘贴的内容中没有可保留的文字或图片');
    latest.current(blocks);
    setText('');
    setMessage(`已加入 ${blocks.length} 段内容`);
  }
  const convertRef = useRef(convert);
  convertRef.current = convert;

  useEffect(() => {
    const element = box.current;
    if (process.env.TARO_ENV !== 'h5' || !open || !element?.addEventListener) return;
    const onPaste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data) return;
      event.preventDefault();
      const html = data.getData('text/html');
      void convertRef.current(html || htmlOfPlainText(data.getData('text/plain')));
    };
    element.addEventListener('paste', onPaste as EventListener);
    return () => (element as HTMLElement).removeEventListener('paste', onPaste as EventListener);
  }, [open]);

  return (
    <View className="studio-paste">
      <Button variant="secondary" size="sm" onClick={() => setOpen(!open)} className="studio-paste__toggle">
        {open ? '收起粘贴' : '粘贴排版文字'}
      </Button>
      {open ? (
        // biome-ignore lint/suspicious/noExplicitAny: Taro's View ref is the host element on H5, an object on weapp.
        <View className="zz-card studio-paste__box" data-testid="studio-paste" ref={box as any}>
          <Text className="staff-hint">
            在下框中粘贴从网页或文档复制的文字，标题、段落、加粗、列表、表格会保留，其余格式会去掉；内容加到正文末尾。
          </Text>
          <TextArea
            value={text}
            size="lg"
            maxlength={-1}
            placeholder="在此粘贴"
            onChange={setText}
            className="studio-paste__input"
          />
          {message ? <Text className="studio-paste__message">{message}</Text> : null}
          <Button
            size="sm"
            loading={pending}
            disabled={!text.trim()}
            onClick={() => void convert(htmlOfPlainText(text))}
            className="studio-paste__convert"
          >
            作为段落加入
          </Button>
        </View>
      ) : null}
    </View>
  );
}
