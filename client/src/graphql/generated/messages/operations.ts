import type * as Types from '../schema';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MessageFieldsFragment = { __typename?: 'Message', id: string, kind: Types.NotificationKind, title: string, body: string, page?: string | null, createdAt: string, read: boolean };

export type MyMessagesQueryVariables = Types.Exact<{
  first: Types.Scalars['Int']['input'];
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type MyMessagesQuery = { __typename?: 'Query', myMessages: { __typename?: 'QueryMyMessagesConnection', edges: Array<{ __typename?: 'QueryMyMessagesConnectionEdge', node: { __typename?: 'Message', id: string, kind: Types.NotificationKind, title: string, body: string, page?: string | null, createdAt: string, read: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MarkMessagesReadMutationVariables = Types.Exact<{
  ids?: Types.InputMaybe<Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input']>;
  all?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
}>;


export type MarkMessagesReadMutation = { __typename?: 'Mutation', markMessagesRead: { __typename: 'InputValidationError', message: string } | { __typename: 'MessagesNotFoundError', message: string } | { __typename: 'MutationMarkMessagesReadSuccess', data: { __typename?: 'MarkMessagesReadResult', marked: number, unreadCount: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MessageFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MessageFields on Message {
  id
  kind
  title
  body
  page
  createdAt
  read
}
    `, {"fragmentName":"MessageFields"}) as unknown as TypedDocumentString<MessageFieldsFragment, unknown>;
export const MyMessagesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyMessages($first: Int!, $after: String) {
  myMessages(first: $first, after: $after) {
    edges {
      node {
        ...MessageFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MessageFields on Message {
  id
  kind
  title
  body
  page
  createdAt
  read
}`) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const MarkMessagesReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkMessagesRead($ids: [ID!], $all: Boolean) {
  markMessagesRead(ids: $ids, all: $all) {
    __typename
    ... on MutationMarkMessagesReadSuccess {
      data {
        marked
        unreadCount
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MarkMessagesReadMutation, MarkMessagesReadMutationVariables>;