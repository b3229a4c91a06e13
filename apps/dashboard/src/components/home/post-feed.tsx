import { Anchor, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { formatDate } from '../../format.ts';
import { usePosts } from '../../hooks/home.ts';
import { useT } from '../../i18n/i18n.tsx';
import { LoadMore } from '../load-more.tsx';
import { QueryError } from '../query-error.tsx';

/** The platform's announcements or tips for sellers, newest first, a few at a time. */
export function PostFeed({ kind }: { kind: 'announcements' | 'tips' }) {
  const t = useT();
  const posts = usePosts(kind);
  const items = posts.data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `posts-${kind}`;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t.home[kind].title}
      </Title>
      {posts.isPending ? (
        <Stack gap="xs">
          <Skeleton h={20} w="60%" />
          <Skeleton h={40} />
        </Stack>
      ) : posts.isError ? (
        <QueryError error={posts.error} onRetry={() => posts.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t.home[kind].empty}
        </Text>
      ) : (
        <Stack gap="md">
          {items.map((post) => (
            <article key={post.id}>
              <Text fw={600}>{post.title}</Text>
              <Text size="xs" c="dimmed">
                {formatDate(t.locale, post.publishedAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
                {post.body}
              </Text>
              {post.url && (
                <Anchor href={post.url} target="_blank" rel="noopener noreferrer" size="sm">
                  {t.home.readMore} <IconExternalLink size={14} aria-hidden />
                </Anchor>
              )}
            </article>
          ))}
          <LoadMore list={posts} size="xs" />
        </Stack>
      )}
    </Card>
  );
}
