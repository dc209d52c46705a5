// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AgentTasksRequest as _agentvault_marketplace_v1_AgentTasksRequest, AgentTasksRequest__Output as _agentvault_marketplace_v1_AgentTasksRequest__Output } from '../../../agentvault/marketplace/v1/AgentTasksRequest.js';
import type { BuyerRef as _agentvault_marketplace_v1_BuyerRef, BuyerRef__Output as _agentvault_marketplace_v1_BuyerRef__Output } from '../../../agentvault/marketplace/v1/BuyerRef.js';
import type { CategoryList as _agentvault_marketplace_v1_CategoryList, CategoryList__Output as _agentvault_marketplace_v1_CategoryList__Output } from '../../../agentvault/marketplace/v1/CategoryList.js';
import type { CompleteTaskRequest as _agentvault_marketplace_v1_CompleteTaskRequest, CompleteTaskRequest__Output as _agentvault_marketplace_v1_CompleteTaskRequest__Output } from '../../../agentvault/marketplace/v1/CompleteTaskRequest.js';
import type { CreateListingRequest as _agentvault_marketplace_v1_CreateListingRequest, CreateListingRequest__Output as _agentvault_marketplace_v1_CreateListingRequest__Output } from '../../../agentvault/marketplace/v1/CreateListingRequest.js';
import type { CreateSettlementRequest as _agentvault_marketplace_v1_CreateSettlementRequest, CreateSettlementRequest__Output as _agentvault_marketplace_v1_CreateSettlementRequest__Output } from '../../../agentvault/marketplace/v1/CreateSettlementRequest.js';
import type { DiscoverRequest as _agentvault_marketplace_v1_DiscoverRequest, DiscoverRequest__Output as _agentvault_marketplace_v1_DiscoverRequest__Output } from '../../../agentvault/marketplace/v1/DiscoverRequest.js';
import type { Empty as _agentvault_marketplace_v1_Empty, Empty__Output as _agentvault_marketplace_v1_Empty__Output } from '../../../agentvault/marketplace/v1/Empty.js';
import type { FailTaskRequest as _agentvault_marketplace_v1_FailTaskRequest, FailTaskRequest__Output as _agentvault_marketplace_v1_FailTaskRequest__Output } from '../../../agentvault/marketplace/v1/FailTaskRequest.js';
import type { InvocationConfig as _agentvault_marketplace_v1_InvocationConfig, InvocationConfig__Output as _agentvault_marketplace_v1_InvocationConfig__Output } from '../../../agentvault/marketplace/v1/InvocationConfig.js';
import type { InvocationConfigRef as _agentvault_marketplace_v1_InvocationConfigRef, InvocationConfigRef__Output as _agentvault_marketplace_v1_InvocationConfigRef__Output } from '../../../agentvault/marketplace/v1/InvocationConfigRef.js';
import type { InvokeRequest as _agentvault_marketplace_v1_InvokeRequest, InvokeRequest__Output as _agentvault_marketplace_v1_InvokeRequest__Output } from '../../../agentvault/marketplace/v1/InvokeRequest.js';
import type { ListSettlementsRequest as _agentvault_marketplace_v1_ListSettlementsRequest, ListSettlementsRequest__Output as _agentvault_marketplace_v1_ListSettlementsRequest__Output } from '../../../agentvault/marketplace/v1/ListSettlementsRequest.js';
import type { ListUsageRequest as _agentvault_marketplace_v1_ListUsageRequest, ListUsageRequest__Output as _agentvault_marketplace_v1_ListUsageRequest__Output } from '../../../agentvault/marketplace/v1/ListUsageRequest.js';
import type { Listing as _agentvault_marketplace_v1_Listing, Listing__Output as _agentvault_marketplace_v1_Listing__Output } from '../../../agentvault/marketplace/v1/Listing.js';
import type { ListingAnalytics as _agentvault_marketplace_v1_ListingAnalytics, ListingAnalytics__Output as _agentvault_marketplace_v1_ListingAnalytics__Output } from '../../../agentvault/marketplace/v1/ListingAnalytics.js';
import type { ListingAnalyticsRequest as _agentvault_marketplace_v1_ListingAnalyticsRequest, ListingAnalyticsRequest__Output as _agentvault_marketplace_v1_ListingAnalyticsRequest__Output } from '../../../agentvault/marketplace/v1/ListingAnalyticsRequest.js';
import type { ListingPage as _agentvault_marketplace_v1_ListingPage, ListingPage__Output as _agentvault_marketplace_v1_ListingPage__Output } from '../../../agentvault/marketplace/v1/ListingPage.js';
import type { ListingRef as _agentvault_marketplace_v1_ListingRef, ListingRef__Output as _agentvault_marketplace_v1_ListingRef__Output } from '../../../agentvault/marketplace/v1/ListingRef.js';
import type { PlatformStats as _agentvault_marketplace_v1_PlatformStats, PlatformStats__Output as _agentvault_marketplace_v1_PlatformStats__Output } from '../../../agentvault/marketplace/v1/PlatformStats.js';
import type { ProviderEarnings as _agentvault_marketplace_v1_ProviderEarnings, ProviderEarnings__Output as _agentvault_marketplace_v1_ProviderEarnings__Output } from '../../../agentvault/marketplace/v1/ProviderEarnings.js';
import type { ProviderListingsRequest as _agentvault_marketplace_v1_ProviderListingsRequest, ProviderListingsRequest__Output as _agentvault_marketplace_v1_ProviderListingsRequest__Output } from '../../../agentvault/marketplace/v1/ProviderListingsRequest.js';
import type { ProviderRef as _agentvault_marketplace_v1_ProviderRef, ProviderRef__Output as _agentvault_marketplace_v1_ProviderRef__Output } from '../../../agentvault/marketplace/v1/ProviderRef.js';
import type { ProxyAnswer as _agentvault_marketplace_v1_ProxyAnswer, ProxyAnswer__Output as _agentvault_marketplace_v1_ProxyAnswer__Output } from '../../../agentvault/marketplace/v1/ProxyAnswer.js';
import type { ProxyCall as _agentvault_marketplace_v1_ProxyCall, ProxyCall__Output as _agentvault_marketplace_v1_ProxyCall__Output } from '../../../agentvault/marketplace/v1/ProxyCall.js';
import type { Settlement as _agentvault_marketplace_v1_Settlement, Settlement__Output as _agentvault_marketplace_v1_Settlement__Output } from '../../../agentvault/marketplace/v1/Settlement.js';
import type { SettlementPage as _agentvault_marketplace_v1_SettlementPage, SettlementPage__Output as _agentvault_marketplace_v1_SettlementPage__Output } from '../../../agentvault/marketplace/v1/SettlementPage.js';
import type { SettlementRef as _agentvault_marketplace_v1_SettlementRef, SettlementRef__Output as _agentvault_marketplace_v1_SettlementRef__Output } from '../../../agentvault/marketplace/v1/SettlementRef.js';
import type { Task as _agentvault_marketplace_v1_Task, Task__Output as _agentvault_marketplace_v1_Task__Output } from '../../../agentvault/marketplace/v1/Task.js';
import type { TaskList as _agentvault_marketplace_v1_TaskList, TaskList__Output as _agentvault_marketplace_v1_TaskList__Output } from '../../../agentvault/marketplace/v1/TaskList.js';
import type { TaskRef as _agentvault_marketplace_v1_TaskRef, TaskRef__Output as _agentvault_marketplace_v1_TaskRef__Output } from '../../../agentvault/marketplace/v1/TaskRef.js';
import type { TrendingList as _agentvault_marketplace_v1_TrendingList, TrendingList__Output as _agentvault_marketplace_v1_TrendingList__Output } from '../../../agentvault/marketplace/v1/TrendingList.js';
import type { TrendingRequest as _agentvault_marketplace_v1_TrendingRequest, TrendingRequest__Output as _agentvault_marketplace_v1_TrendingRequest__Output } from '../../../agentvault/marketplace/v1/TrendingRequest.js';
import type { UpdateInvocationConfigRequest as _agentvault_marketplace_v1_UpdateInvocationConfigRequest, UpdateInvocationConfigRequest__Output as _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output } from '../../../agentvault/marketplace/v1/UpdateInvocationConfigRequest.js';
import type { UpdateListingRequest as _agentvault_marketplace_v1_UpdateListingRequest, UpdateListingRequest__Output as _agentvault_marketplace_v1_UpdateListingRequest__Output } from '../../../agentvault/marketplace/v1/UpdateListingRequest.js';
import type { UsagePage as _agentvault_marketplace_v1_UsagePage, UsagePage__Output as _agentvault_marketplace_v1_UsagePage__Output } from '../../../agentvault/marketplace/v1/UsagePage.js';
import type { UsageSummary as _agentvault_marketplace_v1_UsageSummary, UsageSummary__Output as _agentvault_marketplace_v1_UsageSummary__Output } from '../../../agentvault/marketplace/v1/UsageSummary.js';

export interface MarketplaceServiceClient extends grpc.Client {
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  AcceptTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  acceptTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  CallService(argument: _agentvault_marketplace_v1_ProxyCall, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  callService(argument: _agentvault_marketplace_v1_ProxyCall, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProxyAnswer__Output>): grpc.ClientUnaryCall;
  
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _agentvault_marketplace_v1_CompleteTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  CreateListing(argument: _agentvault_marketplace_v1_CreateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  createListing(argument: _agentvault_marketplace_v1_CreateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  CreateSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  createSettlement(argument: _agentvault_marketplace_v1_CreateSettlementRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  Discover(argument: _agentvault_marketplace_v1_DiscoverRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  discover(argument: _agentvault_marketplace_v1_DiscoverRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  FailTask(argument: _agentvault_marketplace_v1_FailTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  failTask(argument: _agentvault_marketplace_v1_FailTaskRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  GetBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  getBuyerUsage(argument: _agentvault_marketplace_v1_BuyerRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsageSummary__Output>): grpc.ClientUnaryCall;
  
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  GetInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  getInvocationConfig(argument: _agentvault_marketplace_v1_InvocationConfigRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  GetListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  getListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  GetListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  getListingAnalytics(argument: _agentvault_marketplace_v1_ListingAnalyticsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingAnalytics__Output>): grpc.ClientUnaryCall;
  
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  GetPlatformStats(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  getPlatformStats(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_PlatformStats__Output>): grpc.ClientUnaryCall;
  
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  GetProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  getProviderEarnings(argument: _agentvault_marketplace_v1_ProviderRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_ProviderEarnings__Output>): grpc.ClientUnaryCall;
  
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  getTask(argument: _agentvault_marketplace_v1_TaskRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  Invoke(argument: _agentvault_marketplace_v1_InvokeRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  invoke(argument: _agentvault_marketplace_v1_InvokeRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Task__Output>): grpc.ClientUnaryCall;
  
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  ListAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  listAgentTasks(argument: _agentvault_marketplace_v1_AgentTasksRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TaskList__Output>): grpc.ClientUnaryCall;
  
  ListCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _agentvault_marketplace_v1_Empty, callback: grpc.requestCallback<_agentvault_marketplace_v1_CategoryList__Output>): grpc.ClientUnaryCall;
  
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  ListProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  listProviderListings(argument: _agentvault_marketplace_v1_ProviderListingsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_ListingPage__Output>): grpc.ClientUnaryCall;
  
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  ListSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  listSettlements(argument: _agentvault_marketplace_v1_ListSettlementsRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_SettlementPage__Output>): grpc.ClientUnaryCall;
  
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  ListTrending(argument: _agentvault_marketplace_v1_TrendingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  listTrending(argument: _agentvault_marketplace_v1_TrendingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_TrendingList__Output>): grpc.ClientUnaryCall;
  
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  ListUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  listUsage(argument: _agentvault_marketplace_v1_ListUsageRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_UsagePage__Output>): grpc.ClientUnaryCall;
  
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  PaySettlement(argument: _agentvault_marketplace_v1_SettlementRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  paySettlement(argument: _agentvault_marketplace_v1_SettlementRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Settlement__Output>): grpc.ClientUnaryCall;
  
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  RemoveListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  removeListing(argument: _agentvault_marketplace_v1_ListingRef, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  UpdateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  updateInvocationConfig(argument: _agentvault_marketplace_v1_UpdateInvocationConfigRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_InvocationConfig__Output>): grpc.ClientUnaryCall;
  
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  UpdateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  updateListing(argument: _agentvault_marketplace_v1_UpdateListingRequest, callback: grpc.requestCallback<_agentvault_marketplace_v1_Listing__Output>): grpc.ClientUnaryCall;
  
}

export interface MarketplaceServiceHandlers extends grpc.UntypedServiceImplementation {
  AcceptTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task>;
  
  CallService: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProxyCall__Output, _agentvault_marketplace_v1_ProxyAnswer>;
  
  CompleteTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_CompleteTaskRequest__Output, _agentvault_marketplace_v1_Task>;
  
  CreateListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_CreateListingRequest__Output, _agentvault_marketplace_v1_Listing>;
  
  CreateSettlement: grpc.handleUnaryCall<_agentvault_marketplace_v1_CreateSettlementRequest__Output, _agentvault_marketplace_v1_Settlement>;
  
  Discover: grpc.handleUnaryCall<_agentvault_marketplace_v1_DiscoverRequest__Output, _agentvault_marketplace_v1_ListingPage>;
  
  FailTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_FailTaskRequest__Output, _agentvault_marketplace_v1_Task>;
  
  GetBuyerUsage: grpc.handleUnaryCall<_agentvault_marketplace_v1_BuyerRef__Output, _agentvault_marketplace_v1_UsageSummary>;
  
  GetInvocationConfig: grpc.handleUnaryCall<_agentvault_marketplace_v1_InvocationConfigRef__Output, _agentvault_marketplace_v1_InvocationConfig>;
  
  GetListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing>;
  
  GetListingAnalytics: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListingAnalyticsRequest__Output, _agentvault_marketplace_v1_ListingAnalytics>;
  
  GetPlatformStats: grpc.handleUnaryCall<_agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_PlatformStats>;
  
  GetProviderEarnings: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ProviderEarnings>;
  
  GetTask: grpc.handleUnaryCall<_agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task>;
  
  Invoke: grpc.handleUnaryCall<_agentvault_marketplace_v1_InvokeRequest__Output, _agentvault_marketplace_v1_Task>;
  
  ListAgentTasks: grpc.handleUnaryCall<_agentvault_marketplace_v1_AgentTasksRequest__Output, _agentvault_marketplace_v1_TaskList>;
  
  ListCategories: grpc.handleUnaryCall<_agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_CategoryList>;
  
  ListProviderListings: grpc.handleUnaryCall<_agentvault_marketplace_v1_ProviderListingsRequest__Output, _agentvault_marketplace_v1_ListingPage>;
  
  ListSettlements: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListSettlementsRequest__Output, _agentvault_marketplace_v1_SettlementPage>;
  
  ListTrending: grpc.handleUnaryCall<_agentvault_marketplace_v1_TrendingRequest__Output, _agentvault_marketplace_v1_TrendingList>;
  
  ListUsage: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListUsageRequest__Output, _agentvault_marketplace_v1_UsagePage>;
  
  PaySettlement: grpc.handleUnaryCall<_agentvault_marketplace_v1_SettlementRef__Output, _agentvault_marketplace_v1_Settlement>;
  
  RemoveListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing>;
  
  UpdateInvocationConfig: grpc.handleUnaryCall<_agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output, _agentvault_marketplace_v1_InvocationConfig>;
  
  UpdateListing: grpc.handleUnaryCall<_agentvault_marketplace_v1_UpdateListingRequest__Output, _agentvault_marketplace_v1_Listing>;
  
}

export interface MarketplaceServiceDefinition extends grpc.ServiceDefinition {
  AcceptTask: MethodDefinition<_agentvault_marketplace_v1_TaskRef, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task__Output>
  CallService: MethodDefinition<_agentvault_marketplace_v1_ProxyCall, _agentvault_marketplace_v1_ProxyAnswer, _agentvault_marketplace_v1_ProxyCall__Output, _agentvault_marketplace_v1_ProxyAnswer__Output>
  CompleteTask: MethodDefinition<_agentvault_marketplace_v1_CompleteTaskRequest, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_CompleteTaskRequest__Output, _agentvault_marketplace_v1_Task__Output>
  CreateListing: MethodDefinition<_agentvault_marketplace_v1_CreateListingRequest, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_CreateListingRequest__Output, _agentvault_marketplace_v1_Listing__Output>
  CreateSettlement: MethodDefinition<_agentvault_marketplace_v1_CreateSettlementRequest, _agentvault_marketplace_v1_Settlement, _agentvault_marketplace_v1_CreateSettlementRequest__Output, _agentvault_marketplace_v1_Settlement__Output>
  Discover: MethodDefinition<_agentvault_marketplace_v1_DiscoverRequest, _agentvault_marketplace_v1_ListingPage, _agentvault_marketplace_v1_DiscoverRequest__Output, _agentvault_marketplace_v1_ListingPage__Output>
  FailTask: MethodDefinition<_agentvault_marketplace_v1_FailTaskRequest, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_FailTaskRequest__Output, _agentvault_marketplace_v1_Task__Output>
  GetBuyerUsage: MethodDefinition<_agentvault_marketplace_v1_BuyerRef, _agentvault_marketplace_v1_UsageSummary, _agentvault_marketplace_v1_BuyerRef__Output, _agentvault_marketplace_v1_UsageSummary__Output>
  GetInvocationConfig: MethodDefinition<_agentvault_marketplace_v1_InvocationConfigRef, _agentvault_marketplace_v1_InvocationConfig, _agentvault_marketplace_v1_InvocationConfigRef__Output, _agentvault_marketplace_v1_InvocationConfig__Output>
  GetListing: MethodDefinition<_agentvault_marketplace_v1_ListingRef, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing__Output>
  GetListingAnalytics: MethodDefinition<_agentvault_marketplace_v1_ListingAnalyticsRequest, _agentvault_marketplace_v1_ListingAnalytics, _agentvault_marketplace_v1_ListingAnalyticsRequest__Output, _agentvault_marketplace_v1_ListingAnalytics__Output>
  GetPlatformStats: MethodDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_PlatformStats, _agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_PlatformStats__Output>
  GetProviderEarnings: MethodDefinition<_agentvault_marketplace_v1_ProviderRef, _agentvault_marketplace_v1_ProviderEarnings, _agentvault_marketplace_v1_ProviderRef__Output, _agentvault_marketplace_v1_ProviderEarnings__Output>
  GetTask: MethodDefinition<_agentvault_marketplace_v1_TaskRef, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_TaskRef__Output, _agentvault_marketplace_v1_Task__Output>
  Invoke: MethodDefinition<_agentvault_marketplace_v1_InvokeRequest, _agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_InvokeRequest__Output, _agentvault_marketplace_v1_Task__Output>
  ListAgentTasks: MethodDefinition<_agentvault_marketplace_v1_AgentTasksRequest, _agentvault_marketplace_v1_TaskList, _agentvault_marketplace_v1_AgentTasksRequest__Output, _agentvault_marketplace_v1_TaskList__Output>
  ListCategories: MethodDefinition<_agentvault_marketplace_v1_Empty, _agentvault_marketplace_v1_CategoryList, _agentvault_marketplace_v1_Empty__Output, _agentvault_marketplace_v1_CategoryList__Output>
  ListProviderListings: MethodDefinition<_agentvault_marketplace_v1_ProviderListingsRequest, _agentvault_marketplace_v1_ListingPage, _agentvault_marketplace_v1_ProviderListingsRequest__Output, _agentvault_marketplace_v1_ListingPage__Output>
  ListSettlements: MethodDefinition<_agentvault_marketplace_v1_ListSettlementsRequest, _agentvault_marketplace_v1_SettlementPage, _agentvault_marketplace_v1_ListSettlementsRequest__Output, _agentvault_marketplace_v1_SettlementPage__Output>
  ListTrending: MethodDefinition<_agentvault_marketplace_v1_TrendingRequest, _agentvault_marketplace_v1_TrendingList, _agentvault_marketplace_v1_TrendingRequest__Output, _agentvault_marketplace_v1_TrendingList__Output>
  ListUsage: MethodDefinition<_agentvault_marketplace_v1_ListUsageRequest, _agentvault_marketplace_v1_UsagePage, _agentvault_marketplace_v1_ListUsageRequest__Output, _agentvault_marketplace_v1_UsagePage__Output>
  PaySettlement: MethodDefinition<_agentvault_marketplace_v1_SettlementRef, _agentvault_marketplace_v1_Settlement, _agentvault_marketplace_v1_SettlementRef__Output, _agentvault_marketplace_v1_Settlement__Output>
  RemoveListing: MethodDefinition<_agentvault_marketplace_v1_ListingRef, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_ListingRef__Output, _agentvault_marketplace_v1_Listing__Output>
  UpdateInvocationConfig: MethodDefinition<_agentvault_marketplace_v1_UpdateInvocationConfigRequest, _agentvault_marketplace_v1_InvocationConfig, _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output, _agentvault_marketplace_v1_InvocationConfig__Output>
  UpdateListing: MethodDefinition<_agentvault_marketplace_v1_UpdateListingRequest, _agentvault_marketplace_v1_Listing, _agentvault_marketplace_v1_UpdateListingRequest__Output, _agentvault_marketplace_v1_Listing__Output>
}
